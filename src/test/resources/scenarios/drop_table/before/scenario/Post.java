package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Post {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false) String title;
    @ManyToOne(optional = false) @JoinColumn(name = "author_id") User author;
}
