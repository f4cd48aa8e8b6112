package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM) Status status;
}
