package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Dog extends Animal {
    String breed;
}
