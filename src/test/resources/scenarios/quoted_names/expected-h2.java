package migrations;

import static dev.autogen.runtime.Ddl.*;

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
 *   <li>create table Order Items (ID, order, Quantity In Stock)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "quoted names",
        created = "<created>"
)
public final class R<timestamp>_quoted_names implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("Order Items",
                column("ID", "bigint").notNull().identity(),
                column("order", "varchar(255)"),
                column("Quantity In Stock", "integer"),
                primaryKey(null, "ID"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table Order Items and all its rows
        op.dropTable("Order Items");
    }
}
