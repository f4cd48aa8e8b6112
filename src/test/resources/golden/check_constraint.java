package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Check prices
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop check constraint ck_orders_total of orders</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_orders_total on orders (total &gt; 0 AND total &lt; 1000000)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Check prices",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_check_prices implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropCheckConstraint("ck_orders_total", "orders");
        // MAY FAIL: adds check ck_orders_total on orders: fails if a row breaks it
        op.createCheckConstraint("ck_orders_total", "orders", "total > 0 AND total < 1000000");
    }

    @Override
    public void downgrade(Op op) {
        op.dropCheckConstraint("ck_orders_total", "orders");
        // MAY FAIL: adds check ck_orders_total on orders: fails if a row breaks it
        op.createCheckConstraint("ck_orders_total", "orders", "total >= 0");
    }
}
