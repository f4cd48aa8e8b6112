package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * sequence
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create sequence INVOICE_SEQ (start 1, increment 50)</li>
 *   <li>create table INVOICE (ID, NUMBER)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "sequence",
        created = "<created>"
)
public final class R<timestamp>_sequence implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("INVOICE_SEQ").incrementBy(50);
        op.createTable("INVOICE",
                column("ID", "bigint").notNull(),
                column("NUMBER", "varchar(255)"),
                primaryKey(null, "ID"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table INVOICE and all its rows
        op.dropTable("INVOICE");
        // DATA LOSS: drops sequence INVOICE_SEQ: recreating it restarts its numbering
        op.dropSequence("INVOICE_SEQ");
    }
}
