package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Describe tables
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>set the comment of table users to 'People who can log in'</li>
 *   <li>set the comment of table orders to 'Orders placed by users'</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Describe tables",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_describe_tables implements Migration {
    @Override
    public void upgrade(Op op) {
        op.setTableComment("users", "People who can log in");
        op.setTableComment("orders", "Orders placed by users").existingComment("orders");
    }

    @Override
    public void downgrade(Op op) {
        op.setTableComment("orders", "orders").existingComment("Orders placed by users");
        op.setTableComment("users", null).existingComment("People who can log in");
    }
}
