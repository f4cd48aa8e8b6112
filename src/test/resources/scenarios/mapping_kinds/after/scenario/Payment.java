package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Inheritance(strategy = InheritanceType.JOINED)
@Entity
public class Payment {
    @Id @GeneratedValue Long id;
    java.math.BigDecimal amount;
}
