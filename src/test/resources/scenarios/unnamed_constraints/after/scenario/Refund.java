package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/** A new table: its primary key and its table check are named by the convention. */
@jakarta.persistence.Table(name = "refunds")
@Check(constraints = "amount > 0 and amount < 1000000")
@Entity
public class Refund {
    @Id Long id;
    @Column(nullable = false) Long amount;
    @ManyToOne Order order;
}
