package migrations;

import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * column default
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>alter column users.score: type int to integer, default none to 0</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "column default",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_column_default implements Migration {
    @Override
    public void upgrade(Op op) {
        op.alterColumn("users", "score")
                .type(INTEGER)
                .defaultValue("0")
                .existingType(INTEGER);
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("users", "score")
                .type(INTEGER)
                .defaultValue(null)
                .existingType(INTEGER)
                .existingDefault("0");
    }
}
