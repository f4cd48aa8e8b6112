package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Invoice {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    Long id;
    String number;
}
