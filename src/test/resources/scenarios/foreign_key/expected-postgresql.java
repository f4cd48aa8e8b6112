package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * foreign key
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>RENAME CANDIDATE: Post.authorid to Post.author_id (bigint) is written as a drop and an add, which loses its data; if it is a rename, write the revision again with --rename Post.authorid=author_id.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: drop column Post.authorid</li>
 *   <li>add column Post.author_id (bigint, nullable)</li>
 *   <li><b>MAY FAIL</b>: add foreign key FKn1eg4afbov769ple6qsvmbe4n on Post (author_id) references users (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "foreign key",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_foreign_key implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: drops column Post.authorid and its values
        op.dropColumn("Post", "authorid");
        op.addColumn("Post", column("author_id", BIGINT));
        // MAY FAIL: adds foreign key FKn1eg4afbov769ple6qsvmbe4n on Post: fails if a row references no row of users
        op.createForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post", "author_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post");
        // DATA LOSS: drops column Post.author_id and its values
        op.dropColumn("Post", "author_id");
        op.addColumn("Post", column("authorid", BIGINT));
    }
}
