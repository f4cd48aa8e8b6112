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
 *   <li>create table post (id, title, author_id)</li>
 *   <li>add foreign key fkn1eg4afbov769ple6qsvmbe4n on post (author_id) references users (id)</li>
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
        op.createTable("post",
                column("id", "bigint").notNull().identity(),
                column("title", "varchar(255)").notNull(),
                column("author_id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.createForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post", "author_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post");
        // DATA LOSS: drops table post and all its rows
        op.dropTable("post");
    }
}
