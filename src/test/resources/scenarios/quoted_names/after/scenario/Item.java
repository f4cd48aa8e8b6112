package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@jakarta.persistence.Table(name = "\"Order Items\"")
@Entity
public class Item {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "\"Quantity In Stock\"") Integer quantity;
    @Column(name = "\"order\"") String order;
}
