package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Create users
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table users (id, email, status, bio)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Create users",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_create_users implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("users",
                column("id", BIGINT).notNull().identity(),
                column("email", varchar(255)).notNull(),
                column("status", varchar(20)).notNull().defaultValue("'active'"),
                column("bio", TEXT).comment("free text shown on the profile"),
                primaryKey("users_pkey", "id"),
                unique("uk_users_email", "email"),
                check("ck_users_status", "status IN ('active', 'blocked')"),
                comment("People who can log in"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table users and all its rows
        op.dropTable("users");
    }
}
