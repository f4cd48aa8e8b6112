package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Quote "odd" names: *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;Entity &#92;u0041
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table My Schema.Order Items (CustomerID, unit price, path&#92;to)</li>
 *   <li>rename column My Schema.Order Items.unit price to UnitPrice</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Quote \"odd\" names: */ <b>bold</b> & @Entity \\u0041",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_quote_odd_names_b_bold_b_entity_u0041 implements Migration {
    @Override
    public void upgrade(Op op) {
        op.schema("My Schema").createTable("Order Items",
                column("CustomerID", INTEGER).notNull().comment("the \"customer\" */ id"),
                column("unit price", decimal(10, 2)).defaultValue("'0.00'"),
                column("path\\to", TEXT),
                primaryKey("Order Items_pkey", "CustomerID"),
                check("ck \"price\"", "\"unit price\" >= 0"),
                comment("items; see */ and <html>"));
        op.schema("My Schema").renameColumn("Order Items", "unit price", "UnitPrice");
    }

    @Override
    public void downgrade(Op op) {
        op.schema("My Schema").renameColumn("Order Items", "UnitPrice", "unit price");
        // DATA LOSS: drops table My Schema.Order Items and all its rows
        op.schema("My Schema").dropTable("Order Items");
    }
}
