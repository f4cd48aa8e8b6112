package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Unique emails
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop unique constraint uk_users_login of users</li>
 *   <li><b>MAY FAIL</b>: add unique constraint uk_users_email on users (tenant_id, email)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Unique emails",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_unique_emails implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropUniqueConstraint("uk_users_login", "users");
        // MAY FAIL: adds unique constraint uk_users_email on users: fails if its rows hold duplicates
        op.createUniqueConstraint("uk_users_email", "users", "tenant_id", "email");
    }

    @Override
    public void downgrade(Op op) {
        op.dropUniqueConstraint("uk_users_email", "users");
        // MAY FAIL: adds unique constraint uk_users_login on users: fails if its rows hold duplicates
        op.createUniqueConstraint("uk_users_login", "users", "login");
    }
}
