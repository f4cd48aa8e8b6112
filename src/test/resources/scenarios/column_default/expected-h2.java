package migrations;

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
 *   <li>alter column USERS.SCORE: default none to 0</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "column default",
        created = "<created>"
)
public final class R<timestamp>_column_default implements Migration {
    @Override
    public void upgrade(Op op) {
        op.alterColumn("USERS", "SCORE")
                .defaultValue("0")
                .existingType("integer")
                .existingNullable(true);
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("USERS", "SCORE")
                .defaultValue(null)
                .existingType("integer")
                .existingNullable(true)
                .existingDefault("0");
    }
}
