package scenario;

import jakarta.persistence.*;

@Entity
public class Member {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 100) String name;
    @Column(length = 200) String email;
    @Column(name = "team_id") Long teamId;
}
