package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * unique constraint
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>MAY FAIL</b>: add unique constraint uk_users_email on users (email)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "unique constraint",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_unique_constraint implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: adds unique constraint uk_users_email on users: fails if its rows hold duplicates
        op.createUniqueConstraint("uk_users_email", "users", "email");
    }

    @Override
    public void downgrade(Op op) {
        op.dropUniqueConstraint("uk_users_email", "users");
    }
}
