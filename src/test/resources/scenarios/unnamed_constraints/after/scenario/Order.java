package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/** Checks Hibernate leaves unnamed, on an existing table: the naming convention names them. */
@jakarta.persistence.Table(name = "orders")
@Entity
public class Order {
    public enum Status { NEW, PAID, SHIPPED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 100) String name;
    @Enumerated(EnumType.STRING) @Column(length = 10) Status status;
    @Check(constraints = "quantity >= 0") Integer quantity;
}
