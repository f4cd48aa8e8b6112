package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@jakarta.persistence.Table(name = "users")
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;

    @ElementCollection @CollectionTable(name = "user_tags") @Column(name = "tag") java.util.Set<String> tags;
    @ManyToMany @JoinTable(name = "user_follows") java.util.Set<User> follows;
    @Embedded Address address;
    @Version int version;
    @Lob String biography;
}
