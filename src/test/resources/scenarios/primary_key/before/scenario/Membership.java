package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
public class Membership {
    @Id Long groupId;
    Long userId;
}
