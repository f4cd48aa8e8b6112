package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "orders", indexes = @Index(name = "orders_placed_idx", columnList = "placed"))
public class PurchaseOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false) java.time.LocalDate placed;
    @Column(length = 200) String note;
}
