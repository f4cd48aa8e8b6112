package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * rename table
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>RENAME: table orders to purchase, renamed on evidence: entity PurchaseOrder now maps to table purchase (revision <id> recorded orders).
 *
 * <p>RENAME: column purchase.note to remark, renamed on evidence: field PurchaseOrder.note now maps to column remark (revision <id> recorded note).
 *
 * <p>Changes:
 * <ul>
 *   <li>rename table orders to purchase</li>
 *   <li>rename column purchase.note to remark</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "rename table",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_rename_table implements Migration {
    @Override
    public void upgrade(Op op) {
        op.renameTable("orders", "purchase");
        op.renameColumn("purchase", "note", "remark");
    }

    @Override
    public void downgrade(Op op) {
        op.renameColumn("purchase", "remark", "note");
        op.renameTable("purchase", "orders");
    }
}
