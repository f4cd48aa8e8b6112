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
 *   <li><b>DATA LOSS</b>: drop column post.authorid</li>
 *   <li>add column post.author_id (bigint, nullable)</li>
 *   <li>add foreign key fkn1eg4afbov769ple6qsvmbe4n on post (author_id) references users (id)</li>
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
        // DATA LOSS: drops column post.authorid and its values
        op.dropColumn("post", "authorid");
        op.addColumn("post", column("author_id", "bigint"));
        op.createForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post", "author_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("fkn1eg4afbov769ple6qsvmbe4n", "post");
        // DATA LOSS: drops column post.author_id and its values
        op.dropColumn("post", "author_id");
        op.addColumn("post", column("authorid", "bigint"));
    }
}
