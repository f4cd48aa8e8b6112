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
 *   <li><b>MAY FAIL</b>: add unique constraint ux_users_email on users (email)</li>
 *   <li>create index ix_users_city_created on users (city, createdAt desc)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "index",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_index implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: adds unique constraint ux_users_email on users: fails if its rows hold duplicates
        op.createUniqueConstraint("ux_users_email", "users", "email");
        op.createIndex("ix_users_city_created", "users", "city", "createdAt").desc("createdAt");
    }

    @Override
    public void downgrade(Op op) {
        op.dropIndex("ix_users_city_created", "users");
        op.dropUniqueConstraint("ux_users_email", "users");
    }
}
