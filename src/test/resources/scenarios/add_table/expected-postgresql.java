package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

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
 *   <li>create table Post (id, title, author_id)</li>
 *   <li>add foreign key FKn1eg4afbov769ple6qsvmbe4n on Post (author_id) references users (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "add table",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_add_table implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("Post",
                column("id", BIGINT).notNull().identity(),
                column("title", varchar(255)).notNull(),
                column("author_id", BIGINT).notNull(),
                primaryKey("pk_Post", "id"));
        op.createForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post", "author_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post");
        // DATA LOSS: drops table Post and all its rows
        op.dropTable("Post");
    }
}
