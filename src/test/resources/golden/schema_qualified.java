package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.model.ReferentialAction;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Sales schema
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table sales.invoices (id, user_id)</li>
 *   <li>add foreign key fk_invoices_user on sales.invoices (user_id) references users (id) on delete restrict</li>
 *   <li>create index ix_invoices_user on sales.invoices (user_id)</li>
 *   <li>rename table sales.bills to old_bills</li>
 *   <li>create sequence sales.invoice_no (start 1, increment 1)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Sales schema",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_sales_schema implements Migration {
    @Override
    public void upgrade(Op op) {
        op.schema("sales").createTable("invoices",
                column("id", BIGINT).notNull().identity(),
                column("user_id", BIGINT),
                primaryKey("invoices_pkey", "id"));
        op.schema("sales").createForeignKey("fk_invoices_user", "invoices", "user_id", "users",
                "id")
                .targetSchema(null)
                .onDelete(ReferentialAction.RESTRICT);
        op.schema("sales").createIndex("ix_invoices_user", "invoices", "user_id");
        op.schema("sales").renameTable("bills", "old_bills");
        op.schema("sales").createSequence("invoice_no");
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops sequence sales.invoice_no: recreating it restarts its numbering
        op.schema("sales").dropSequence("invoice_no");
        op.schema("sales").renameTable("old_bills", "bills");
        op.schema("sales").dropIndex("ix_invoices_user", "invoices");
        op.schema("sales").dropForeignKey("fk_invoices_user", "invoices");
        // DATA LOSS: drops table sales.invoices and all its rows
        op.schema("sales").dropTable("invoices");
    }
}
