package migrations;

import dev.autogen.model.ReferentialAction;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * foreign key on delete
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop foreign key FKn1eg4afbov769ple6qsvmbe4n of Post</li>
 *   <li><b>MAY FAIL</b>: add foreign key FKn1eg4afbov769ple6qsvmbe4n on Post (author_id) references users (id) on delete cascade</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "foreign key on delete",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_foreign_key_on_delete implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post");
        // MAY FAIL: adds foreign key FKn1eg4afbov769ple6qsvmbe4n on Post: fails if a row references no row of users
        op.createForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post", "author_id", "users", "id")
                .onDelete(ReferentialAction.CASCADE);
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post");
        // MAY FAIL: adds foreign key FKn1eg4afbov769ple6qsvmbe4n on Post: fails if a row references no row of users
        op.createForeignKey("FKn1eg4afbov769ple6qsvmbe4n", "Post", "author_id", "users", "id");
    }
}
