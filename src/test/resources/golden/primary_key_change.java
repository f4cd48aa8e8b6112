package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Key users by tenant
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop primary key users_pkey of users</li>
 *   <li>add primary key users_pkey on users (tenant_id, id)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Key users by tenant",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_key_users_by_tenant implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropPrimaryKey("users_pkey", "users");
        op.createPrimaryKey("users_pkey", "users", "tenant_id", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropPrimaryKey("users_pkey", "users");
        op.createPrimaryKey("users_pkey", "users", "id");
    }
}
