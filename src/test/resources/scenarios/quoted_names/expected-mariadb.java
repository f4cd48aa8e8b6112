package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * quoted names
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table "Order Items" (id, "order", "Quantity In Stock")</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "quoted names",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_quoted_names implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("\"Order Items\"",
                column("id", BIGINT).notNull().identity(),
                column("\"order\"", varchar(255)),
                column("\"Quantity In Stock\"", INTEGER),
                primaryKey("\"pk_Order Items\"", "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table "Order Items" and all its rows
        op.dropTable("\"Order Items\"");
    }
}
