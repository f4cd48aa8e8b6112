package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * add column
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>add column users.newField (varchar(255), nullable)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "add column",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_add_column implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("users", column("newField", varchar(255)));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops column users.newField and its values
        op.dropColumn("users", "newField");
    }
}
