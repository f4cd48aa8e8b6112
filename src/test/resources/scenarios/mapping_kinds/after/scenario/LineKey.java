package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Embeddable
public class LineKey implements java.io.Serializable {
    Long orderId;
    Integer line;
    public boolean equals(Object o) { return o instanceof LineKey k && java.util.Objects.equals(orderId, k.orderId) && java.util.Objects.equals(line, k.line); }
    public int hashCode() { return java.util.Objects.hash(orderId, line); }
}
