package dev.autogen.apitest.migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * create api_customer
 *
 * <p>Revision a1b2c3d4e5f6, a root revision, created 2026-11-24T14:14:27Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table api_customer (id, name)</li>
 * </ul>
 */
@Revision(
        id = "a1b2c3d4e5f6",
        message = "create api_customer",
        created = "2026-11-24T14:14:27Z"
)
public final class R20261124_141427_create_api_customer implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("api_customer",
                column("id", "bigint").notNull(),
                column("name", "varchar(100)").notNull(),
                primaryKey(null, "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table api_customer and all its rows
        op.dropTable("api_customer");
    }
}
