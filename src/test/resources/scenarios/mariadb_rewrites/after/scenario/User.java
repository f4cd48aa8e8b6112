package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

import java.time.LocalDateTime;
import java.util.UUID;

@jakarta.persistence.Table(name = "users")
@Check(name = "ck_users_description", constraints = "length(description) > 5")
@Check(name = "ck_users_note", constraints = "note <> 'it''s' and note != lower('X')")
@Entity
public class User {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 200) String email;
    @ColumnDefault("CURRENT_TIMESTAMP") LocalDateTime createdAt;
    @ColumnDefault("now()") LocalDateTime updatedAt;
    @ColumnDefault("0.00") Double ratio;
    @ColumnDefault("'2020-01-01 00:00:00'") LocalDateTime since;
    @ColumnDefault("'it''s'") String motto;
    String description;
    String note;
    boolean active;
    UUID token;
}
