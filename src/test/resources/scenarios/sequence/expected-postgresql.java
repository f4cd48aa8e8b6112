package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

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
 *   <li>create sequence invoice_seq (start 1, increment 50)</li>
 *   <li>create table Invoice (id, number)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "sequence",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_sequence implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("invoice_seq").incrementBy(50);
        op.createTable("Invoice",
                column("id", BIGINT).notNull(),
                column("number", varchar(255)),
                primaryKey("pk_Invoice", "id"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops table Invoice and all its rows
        op.dropTable("Invoice");
        // DATA LOSS: drops sequence invoice_seq: recreating it restarts its numbering
        op.dropSequence("invoice_seq");
    }
}
