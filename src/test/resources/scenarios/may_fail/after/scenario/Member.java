package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;

/** Every change here may fail on rows the table already holds; the revision marks each one MAY FAIL. */
@Entity
@Check(name = "ck_member_level", constraints = "level >= 0")
public class Member {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 100) String name;
    @Column(unique = true, length = 200) String email;
    @ManyToOne @JoinColumn(name = "team_id") Team team;
    int level;
}
