package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Embeddable
public class Address {
    String street;
    String city;
}
