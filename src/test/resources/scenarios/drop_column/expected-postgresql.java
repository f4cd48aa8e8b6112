package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * drop column
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: drop column users.newfield</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "drop column",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_drop_column implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: drops column users.newfield and its values
        op.dropColumn("users", "newfield");
    }

    @Override
    public void downgrade(Op op) {
        op.addColumn("users", column("newfield", varchar(255)));
    }
}
