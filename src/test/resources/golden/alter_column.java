package migrations;

import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Tighten user columns
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>MAY FAIL</b>: <b>REWRITES TABLE</b>: alter column users.name: type varchar(255) to varchar(100), not null</li>
 *   <li><b>REWRITES TABLE</b>: alter column users.age: type integer to bigint</li>
 *   <li>alter column users.status: default 'new' to 'active', comment 'user lifecycle'</li>
 *   <li>alter column users.id: identity</li>
 *   <li>alter column users.role: default 'user' to 'member'</li>
 *   <li>alter column users.score: default none to 0</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Tighten user columns",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_tighten_user_columns implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: narrows users.name from varchar(255) to varchar(100): longer values are rejected
        // MAY FAIL: makes users.name NOT NULL: fails if any row holds a null
        // REWRITES TABLE: changes users.name from varchar(255) to varchar(100), which rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends. On a large table in use, expand and contract instead: add a column of the new type, fill it in batches and keep it in step (a trigger or the application), move reads and writes to it, then drop the old column
        op.alterColumn("users", "name")
                .type(varchar(100))
                .nullable(false)
                .existingType(varchar(255));
        // REWRITES TABLE: changes users.age from integer to bigint, which rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends. On a large table in use, expand and contract instead: add a column of the new type, fill it in batches and keep it in step (a trigger or the application), move reads and writes to it, then drop the old column
        op.alterColumn("users", "age")
                .type(BIGINT)
                .using("age::bigint")
                .existingType(INTEGER)
                .existingNullable(false);
        op.alterColumn("users", "status")
                .defaultValue("'active'")
                .comment("user lifecycle")
                .existingType(varchar(20))
                .existingDefault("'new'")
                .existingComment("lifecycle");
        op.alterColumn("users", "id")
                .identity(true)
                .existingType(BIGINT)
                .existingNullable(false);
        op.alterColumn("users", "role")
                .defaultValue("'member'")
                .existingDefault("'user'");
        op.alterColumn("users", "score")
                .defaultValue("0");
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("users", "score")
                .defaultValue(null)
                .existingDefault("0");
        op.alterColumn("users", "role")
                .defaultValue("'user'")
                .existingDefault("'member'");
        op.alterColumn("users", "id")
                .identity(false)
                .existingType(BIGINT)
                .existingNullable(false)
                .existingIdentity(true);
        op.alterColumn("users", "status")
                .defaultValue("'new'")
                .comment("lifecycle")
                .existingType(varchar(20))
                .existingDefault("'active'")
                .existingComment("user lifecycle");
        // MAY FAIL: narrows users.age from bigint to integer: values that do not fit are rejected
        // REWRITES TABLE: changes users.age from bigint to integer, which rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends. On a large table in use, expand and contract instead: add a column of the new type, fill it in batches and keep it in step (a trigger or the application), move reads and writes to it, then drop the old column
        op.alterColumn("users", "age")
                .type(INTEGER)
                .existingType(BIGINT)
                .existingNullable(false);
        op.alterColumn("users", "name")
                .type(varchar(255))
                .nullable(true)
                .existingType(varchar(100))
                .existingNullable(false);
    }
}
