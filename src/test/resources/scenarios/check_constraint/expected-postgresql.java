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
 *   <li><b>MAY FAIL</b>: add check constraint ck_users_age on users (age &gt;= 0)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "check constraint",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_check_constraint implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: adds check ck_users_age on users: fails if a row breaks it
        op.createCheckConstraint("ck_users_age", "users", "age >= 0");
    }

    @Override
    public void downgrade(Op op) {
        op.dropCheckConstraint("ck_users_age", "users");
    }
}
