package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "customer", indexes = {@Index(name = "customer_mail_idx", columnList = "mail"), @Index(columnList = "nickname")})
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 254, nullable = false, unique = true) String mail;
    @Column(length = 100) String nickname;
}
