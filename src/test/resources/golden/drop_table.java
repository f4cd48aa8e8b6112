package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Drop legacy audit
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: drop table legacy_audit</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Drop legacy audit",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_drop_legacy_audit implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: drops table legacy_audit and all its rows
        op.dropTable("legacy_audit");
    }

    @Override
    public void downgrade(Op op) {
        op.createTable("legacy_audit",
                column("id", BIGINT).notNull().identity(),
                column("payload", TEXT),
                primaryKey("legacy_audit_pkey", "id"));
    }
}
