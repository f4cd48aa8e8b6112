package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Index users
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create index ix_users_created on users (tenant_id, created_at desc)</li>
 *   <li><b>MAY FAIL</b>: create unique index ix_users_active_email on users (email) where deleted_at IS NULL</li>
 *   <li>create index ix_users_lower_email on users (lower(email), tenant_id, upper(name) desc)</li>
 *   <li>drop index ix_users_name of users</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Index users",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_index_users implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createIndex("ix_users_created", "users", "tenant_id", "created_at").desc("created_at");
        // MAY FAIL: adds unique index ix_users_active_email on users: fails if its rows hold duplicates
        op.createIndex("ix_users_active_email", "users", "email")
                .unique()
                .where("deleted_at IS NULL");
        op.createIndex("ix_users_lower_email", "users")
                .expression("lower(email)")
                .column("tenant_id")
                .expression("upper(name)")
                .desc("upper(name)")
                .concurrently();
        op.dropIndex("ix_users_name", "users");
    }

    @Override
    public void downgrade(Op op) {
        op.createIndex("ix_users_name", "users", "name");
        op.dropIndex("ix_users_lower_email", "users").concurrently();
        op.dropIndex("ix_users_active_email", "users");
        op.dropIndex("ix_users_created", "users");
    }
}
