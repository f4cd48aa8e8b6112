package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@jakarta.persistence.Table(name = "users")
@Check(name = "ck_users_age", constraints = "age >= 0")
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;
    Integer age;
}
