package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * add table
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table POST (ID, TITLE, AUTHOR_ID)</li>
 *   <li>add foreign key FKN1EG4AFBOV769PLE6QSVMBE4N on POST (AUTHOR_ID) references USERS (ID)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "add table",
        created = "<created>"
)
public final class R<timestamp>_add_table implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("POST",
                column("ID", "bigint").notNull().identity(),
                column("TITLE", "varchar(255)").notNull(),
                column("AUTHOR_ID", "bigint").notNull(),
                primaryKey(null, "ID"));
        op.createForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST", "AUTHOR_ID", "USERS", "ID");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST");
        // DATA LOSS: drops table POST and all its rows
        op.dropTable("POST");
    }
}
