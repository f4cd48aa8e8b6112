package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Constrain existing rows
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table tags (id, user_id)</li>
 *   <li><b>MAY FAIL</b>: add column users.tenant_id (bigint, not null)</li>
 *   <li>add column users.score (integer, not null, default 0)</li>
 *   <li><b>MAY FAIL</b>: alter column users.email: not null</li>
 *   <li><b>MAY FAIL</b>: add unique constraint uk_users_email on users (email)</li>
 *   <li><b>MAY FAIL</b>: create unique index ux_users_tenant_email on users (tenant_id, email)</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_users_score on users (score &gt;= 0)</li>
 *   <li><b>MAY FAIL</b>: add foreign key fk_orders_user on orders (user_id) references users (id)</li>
 *   <li>add foreign key fk_tags_user on tags (user_id) references users (id)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Constrain existing rows",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_constrain_existing_rows implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("tags",
                column("id", BIGINT).notNull(),
                column("user_id", BIGINT).notNull());
        // MAY FAIL: adds column users.tenant_id NOT NULL without a default: fails if users holds rows (MariaDB gives them the type's implicit default instead)
        op.addColumn("users", column("tenant_id", BIGINT).notNull());
        op.addColumn("users", column("score", INTEGER).notNull().defaultValue("0"));
        // MAY FAIL: makes users.email NOT NULL: fails if any row holds a null
        op.alterColumn("users", "email")
                .nullable(false)
                .existingType(varchar(255));
        // MAY FAIL: adds unique constraint uk_users_email on users: fails if its rows hold duplicates
        op.createUniqueConstraint("uk_users_email", "users", "email");
        // MAY FAIL: adds unique index ux_users_tenant_email on users: fails if its rows hold duplicates
        op.createIndex("ux_users_tenant_email", "users", "tenant_id", "email").unique();
        // MAY FAIL: adds check ck_users_score on users: fails if a row breaks it
        op.createCheckConstraint("ck_users_score", "users", "score >= 0");
        // MAY FAIL: adds foreign key fk_orders_user on orders: fails if a row references no row of users
        op.createForeignKey("fk_orders_user", "orders", "user_id", "users", "id");
        op.createForeignKey("fk_tags_user", "tags", "user_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("fk_tags_user", "tags");
        op.dropForeignKey("fk_orders_user", "orders");
        op.dropCheckConstraint("ck_users_score", "users");
        op.dropIndex("ux_users_tenant_email", "users");
        op.dropUniqueConstraint("uk_users_email", "users");
        op.alterColumn("users", "email")
                .nullable(true)
                .existingType(varchar(255))
                .existingNullable(false);
        // DATA LOSS: drops column users.score and its values
        op.dropColumn("users", "score");
        // DATA LOSS: drops column users.tenant_id and its values
        op.dropColumn("users", "tenant_id");
        // DATA LOSS: drops table tags and all its rows
        op.dropTable("tags");
    }
}
