package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Car extends Vehicle {
    int seats;
}
