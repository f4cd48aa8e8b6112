package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Add new_field to users
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>add column users.new_field (varchar(255), nullable)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Add new_field to users",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_add_new_field_to_users implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("users", column("new_field", varchar(255)));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops column users.new_field and its values
        op.dropColumn("users", "new_field");
    }
}
