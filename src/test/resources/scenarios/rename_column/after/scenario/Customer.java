package scenario;

import jakarta.persistence.*;

// the fields keep their names and map to new columns: renames on evidence, one with a longer type as well;
// the unnamed index and unique key on them get new Hibernate names, so they are renamed too
@Entity
@Table(name = "customer", indexes = {@Index(name = "customer_mail_idx", columnList = "email"), @Index(columnList = "display_name")})
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "email", length = 254, nullable = false, unique = true) String mail;
    @Column(name = "display_name", length = 150) String nickname;
}
