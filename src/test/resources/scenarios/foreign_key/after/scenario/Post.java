package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Post {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne @JoinColumn(name = "author_id") User author;
}
