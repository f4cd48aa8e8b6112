package scenario;

import jakarta.persistence.*;

@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "order_line_order_fk")) PurchaseOrder purchase;
    int quantity;
}
