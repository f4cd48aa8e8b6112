package migrations;

import static dev.autogen.runtime.Types.*;

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
 *   <li><b>MAY FAIL</b>: alter column users.nickname: not null</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "nullability",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_nullability implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: makes users.nickname NOT NULL: fails if any row holds a null
        op.alterColumn("users", "nickname")
                .nullable(false)
                .existingType(varchar(255));
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("users", "nickname")
                .nullable(true)
                .existingType(varchar(255))
                .existingNullable(false);
    }
}
