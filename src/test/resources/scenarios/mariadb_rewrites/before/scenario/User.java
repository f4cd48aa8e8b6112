package scenario;

import jakarta.persistence.*;

@jakarta.persistence.Table(name = "users")
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;
}
