package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class LineItem {
    @EmbeddedId LineKey key;
    int quantity;
}
