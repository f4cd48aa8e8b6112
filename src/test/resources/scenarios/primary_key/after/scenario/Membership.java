package scenario;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@IdClass(Membership.Key.class)
@Entity
public class Membership {
    @Id Long groupId;
    @Id Long userId;
    public static class Key implements java.io.Serializable { Long groupId; Long userId;
        public boolean equals(Object o) { return o instanceof Key k && java.util.Objects.equals(groupId, k.groupId) && java.util.Objects.equals(userId, k.userId); }
        public int hashCode() { return java.util.Objects.hash(groupId, userId); } }
}
