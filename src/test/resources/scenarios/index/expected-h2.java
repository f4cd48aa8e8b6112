package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * index
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>add unique constraint UX_USERS_EMAIL on USERS (EMAIL)</li>
 *   <li>create index IX_USERS_CITY_CREATED on USERS (CITY, CREATEDAT desc)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "index",
        created = "<created>"
)
public final class R<timestamp>_index implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createUniqueConstraint("UX_USERS_EMAIL", "USERS", "EMAIL");
        op.createIndex("IX_USERS_CITY_CREATED", "USERS", "CITY", "CREATEDAT").desc("CREATEDAT");
    }

    @Override
    public void downgrade(Op op) {
        op.dropIndex("IX_USERS_CITY_CREATED", "USERS");
        op.dropUniqueConstraint("UX_USERS_EMAIL", "USERS");
    }
}
