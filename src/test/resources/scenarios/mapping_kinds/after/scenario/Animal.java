package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@Entity
public abstract class Animal {
    @Id Long id;
}
