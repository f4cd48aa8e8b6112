package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Seed roles
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>insert 2 rows into roles</li>
 *   <li><b>DATA LOSS</b>: delete 2 rows from tags</li>
 *   <li>execute SQL: UPDATE users SET status = 'active' WHERE status IS NULL</li>
 *   <li>execute SQL: DELETE FROM sessions</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Seed roles",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_seed_roles implements Migration {
    @Override
    public void upgrade(Op op) {
        op.bulkInsert("roles", List.of("id", "name", "weight", "since", "ref", "active",
                "note"), List.of(
                row(1, "admin", new BigDecimal("1.50"), LocalDate.parse("2026-01-01"),
                        UUID.fromString("00000000-0000-0000-0000-000000000001"), true, null),
                row(2L, "it's \"user\"", 2.5, null, null, false, "x")));
        // DATA LOSS: deletes 2 rows from tags
        op.deleteRows("tags", List.of("label"), List.of(
                row((Object) null),
                row("obsolete")));
        op.execute("UPDATE users SET status = 'active'\n"
                        + "WHERE status IS NULL");
        op.execute("DELETE FROM sessions");
    }

    @Override
    public void downgrade(Op op) {
        // TODO: no reverse is known for this SQL; replace this call with op.execute(...) that undoes it.
        op.irreversible("DELETE FROM sessions");
        op.execute("UPDATE users SET status = NULL WHERE status = 'active'");
        op.bulkInsert("tags", List.of("label"), List.of(
                row((Object) null),
                row("obsolete")));
        // DATA LOSS: deletes 2 rows from roles
        op.deleteRows("roles", List.of("id", "name", "weight", "since", "ref", "active",
                "note"), List.of(
                row(1, "admin", new BigDecimal("1.50"), LocalDate.parse("2026-01-01"),
                        UUID.fromString("00000000-0000-0000-0000-000000000001"), true, null),
                row(2L, "it's \"user\"", 2.5, null, null, false, "x")));
    }
}
