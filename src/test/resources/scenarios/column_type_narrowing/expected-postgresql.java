package migrations;

import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * column type narrowing
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>MAY FAIL</b>: <b>REWRITES TABLE</b>: alter column users.nickname: type varchar(300) to varchar(100)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "column type narrowing",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_column_type_narrowing implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: narrows users.nickname from varchar(300) to varchar(100): longer values are rejected
        // REWRITES TABLE: changes users.nickname from varchar(300) to varchar(100), which rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends. On a large table in use, expand and contract instead: add a column of the new type, fill it in batches and keep it in step (a trigger or the application), move reads and writes to it, then drop the old column
        op.alterColumn("users", "nickname")
                .type(varchar(100))
                .existingType(varchar(300));
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("users", "nickname")
                .type(varchar(300))
                .existingType(varchar(100));
    }
}
