package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * nullability
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>DATA LOSS</b>: alter column USERS.NICKNAME: not null</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "nullability",
        created = "<created>"
)
public final class R<timestamp>_nullability implements Migration {
    @Override
    public void upgrade(Op op) {
        // DATA LOSS: makes USERS.NICKNAME NOT NULL: fails if it holds nulls
        op.alterColumn("USERS", "NICKNAME")
                .nullable(false)
                .existingType("varchar(255)")
                .existingNullable(true);
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("USERS", "NICKNAME")
                .nullable(true)
                .existingType("varchar(255)")
                .existingNullable(false);
    }
}
