package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@jakarta.persistence.Table(name = "users", indexes = {@Index(name = "ix_users_city_created", columnList = "city, createdAt desc"), @Index(name = "ux_users_email", columnList = "email", unique = true)})
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;
    String city;
    java.time.Instant createdAt;
}
