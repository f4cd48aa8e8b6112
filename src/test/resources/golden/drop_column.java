package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Drop users.old_field
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: drop column users.old_field</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Drop users.old_field",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_drop_users_old_field implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: drops column users.old_field and its values
        op.dropColumn("users", "old_field");
    }

    @Override
    public void downgrade(Op op) {
        op.addColumn("users",
                column("old_field", INTEGER).notNull().defaultValue("0").comment("kept for reports"));
    }
}
