package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class CardPayment extends Payment {
    String last4;
}
