package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

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
 *   <li>drop foreign key fkn1eg4afbov769ple6qsvmbe4n of post</li>
 *   <li><b>DATA LOSS</b>: drop table post</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "drop table",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_drop_table implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post");
        // DATA LOSS: drops table post and all its rows
        op.dropTable("post");
    }

    @Override
    public void downgrade(Op op) {
        op.createTable("post",
                column("id", BIGINT).notNull().identity(),
                column("title", varchar(255)).notNull(),
                column("author_id", BIGINT).notNull(),
                primaryKey("pk_post", "id"));
        op.createForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post", "author_id", "users", "id");
    }
}
