package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * foreign key
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: drop column POST.AUTHORID</li>
 *   <li>add column POST.AUTHOR_ID (bigint, nullable)</li>
 *   <li>add foreign key FKN1EG4AFBOV769PLE6QSVMBE4N on POST (AUTHOR_ID) references USERS (ID)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "foreign key",
        created = "<created>"
)
public final class R<timestamp>_foreign_key implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: drops column POST.AUTHORID and its values
        op.dropColumn("POST", "AUTHORID");
        op.addColumn("POST", column("AUTHOR_ID", "bigint"));
        op.createForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST", "AUTHOR_ID", "USERS", "ID");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST");
        // DATA LOSS: drops column POST.AUTHOR_ID and its values
        op.dropColumn("POST", "AUTHOR_ID");
        op.addColumn("POST", column("AUTHORID", "bigint"));
    }
}
