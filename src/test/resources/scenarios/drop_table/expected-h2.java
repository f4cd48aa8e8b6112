package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * drop table
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop foreign key FKN1EG4AFBOV769PLE6QSVMBE4N of POST</li>
 *   <li><b>DATA LOSS</b>: drop table POST</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "drop table",
        created = "<created>"
)
public final class R<timestamp>_drop_table implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST");
        // DATA LOSS: drops table POST and all its rows
        op.dropTable("POST");
    }

    @Override
    public void downgrade(Op op) {
        op.createTable("POST",
                column("ID", "bigint").notNull().identity(),
                column("TITLE", "varchar(255)").notNull(),
                column("AUTHOR_ID", "bigint").notNull(),
                primaryKey("CONSTRAINT_2", "ID"));
        op.createForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST", "AUTHOR_ID", "USERS", "ID");
    }
}
