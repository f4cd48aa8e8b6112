package migrations;

import dev.autogen.model.ReferentialAction;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;
import java.util.List;

/**
 * Link orders to users
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop foreign key fk_orders_customer of orders</li>
 *   <li><b>MAY FAIL</b>: add foreign key fk_orders_user on orders (user_id) references users (id) on delete cascade</li>
 *   <li><b>MAY FAIL</b>: add foreign key fk_orders_tenant_user on orders (tenant_id, user_id) references users (tenant_id, id)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Link orders to users",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_link_orders_to_users implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropForeignKey("fk_orders_customer", "orders");
        // MAY FAIL: adds foreign key fk_orders_user on orders: fails if a row references no row of users
        op.createForeignKey("fk_orders_user", "orders", "user_id", "users", "id")
                .onDelete(ReferentialAction.CASCADE);
        // MAY FAIL: adds foreign key fk_orders_tenant_user on orders: fails if a row references no row of users
        op.createForeignKey("fk_orders_tenant_user", "orders", List.of("tenant_id", "user_id"),
                "users", List.of("tenant_id", "id"));
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("fk_orders_tenant_user", "orders");
        op.dropForeignKey("fk_orders_user", "orders");
        // MAY FAIL: adds foreign key fk_orders_customer on orders: fails if a row references no row of customers
        op.createForeignKey("fk_orders_customer", "orders", "customer_id", "customers", "id")
                .onDelete(ReferentialAction.SET_NULL);
    }
}
