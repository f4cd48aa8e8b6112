package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * check constraint
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>add check constraint CK_USERS_AGE on USERS (age &gt;= 0)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "check constraint",
        created = "<created>"
)
public final class R<timestamp>_check_constraint implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createCheckConstraint("CK_USERS_AGE", "USERS", "age >= 0");
    }

    @Override
    public void downgrade(Op op) {
        op.dropCheckConstraint("CK_USERS_AGE", "USERS");
    }
}
