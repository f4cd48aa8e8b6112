package scenario;

import jakarta.persistence.*;

/** Hibernate writes the ordinal enum's check inside the column definition: {@code status tinyint check (...)}. */
@Entity
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Enumerated(EnumType.ORDINAL) Status status;
    String owner;
}
