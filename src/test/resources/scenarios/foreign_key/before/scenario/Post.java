package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Post {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    Long authorId;
}
