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
 *   <li>drop foreign key FKN1EG4AFBOV769PLE6QSVMBE4N of POST</li>
 *   <li>add foreign key FKN1EG4AFBOV769PLE6QSVMBE4N on POST (AUTHOR_ID) references USERS (ID) on delete cascade</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "foreign key on delete",
        created = "<created>"
)
public final class R<timestamp>_foreign_key_on_delete implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST");
        op.createForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST", "AUTHOR_ID", "USERS", "ID")
                .onDelete(ReferentialAction.CASCADE);
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST");
        op.createForeignKey("FKN1EG4AFBOV769PLE6QSVMBE4N", "POST", "AUTHOR_ID", "USERS", "ID");
    }
}
