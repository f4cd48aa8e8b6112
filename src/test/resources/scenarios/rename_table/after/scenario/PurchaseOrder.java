package scenario;

import jakarta.persistence.*;

// the entity maps to a new table, and one of its fields to a new column: renames on evidence; the foreign key
// from order_line and the index keep their names and follow the table
@Entity
@Table(name = "purchase", indexes = @Index(name = "orders_placed_idx", columnList = "placed"))
public class PurchaseOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false) java.time.LocalDate placed;
    @Column(name = "remark", length = 200) String note;
}
