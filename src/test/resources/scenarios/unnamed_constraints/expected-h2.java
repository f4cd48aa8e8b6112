package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * unnamed constraints
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table refunds (id, amount, order_id)</li>
 *   <li>add column orders.quantity (integer, nullable)</li>
 *   <li>add column orders.status (enum ('NEW','PAID','SHIPPED'), nullable)</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_orders_quantity on orders (quantity &gt;= 0)</li>
 *   <li>add foreign key FKsk9rqm7f6y8b1g0qob018hdm7 on refunds (order_id) references orders (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "unnamed constraints",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_unnamed_constraints implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("refunds",
                column("id", BIGINT).notNull(),
                column("amount", BIGINT).notNull(),
                column("order_id", BIGINT),
                primaryKey("pk_refunds", "id"),
                check("ck_refunds_amount", "amount > 0 and amount < 1000000"));
        op.addColumn("orders", column("quantity", INTEGER));
        op.addColumn("orders", column("status", enumOf(10, "NEW", "PAID", "SHIPPED")));
        // MAY FAIL: adds check ck_orders_quantity on orders: fails if a row breaks it
        op.createCheckConstraint("ck_orders_quantity", "orders", "quantity >= 0");
        op.createForeignKey("FKsk9rqm7f6y8b1g0qob018hdm7", "refunds", "order_id", "orders", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKsk9rqm7f6y8b1g0qob018hdm7", "refunds");
        op.dropCheckConstraint("ck_orders_quantity", "orders");
        // DATA LOSS: drops column orders.status and its values
        op.dropColumn("orders", "status");
        // DATA LOSS: drops column orders.quantity and its values
        op.dropColumn("orders", "quantity");
        // DATA LOSS: drops table refunds and all its rows
        op.dropTable("refunds");
    }
}
