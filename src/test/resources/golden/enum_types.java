package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;
import java.util.List;

/**
 * Order status enum
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create enum type order_status (new, paid, shipped)</li>
 *   <li>alter enum type mood: values (sad, ok) to (sad, ok, happy)</li>
 *   <li><b>DATA LOSS</b>: drop enum type legacy_kind</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Order status enum",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_order_status_enum implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createEnumType("order_status", "new", "paid", "shipped");
        op.alterEnumType("mood", List.of("sad", "ok"), List.of("sad", "ok", "happy"));
        // DATA LOSS: drops enum type legacy_kind with values a, b
        op.dropEnumType("legacy_kind");
    }

    @Override
    public void downgrade(Op op) {
        op.createEnumType("legacy_kind", "a", "b");
        // MAY FAIL: removes happy from enum type mood: fails if a column holds it
        op.alterEnumType("mood", List.of("sad", "ok", "happy"), List.of("sad", "ok"));
        // DATA LOSS: drops enum type order_status with values new, paid, shipped
        op.dropEnumType("order_status");
    }
}
