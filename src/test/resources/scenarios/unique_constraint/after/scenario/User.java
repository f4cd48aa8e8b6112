package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@jakarta.persistence.Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "uk_users_email", columnNames = "email"))
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;
}
