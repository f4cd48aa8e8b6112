package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Entity
public class Vehicle {
    @Id @GeneratedValue Long id;
}
