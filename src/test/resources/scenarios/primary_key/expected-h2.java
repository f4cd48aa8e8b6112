package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * primary key
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>drop primary key CONSTRAINT_C of MEMBERSHIP</li>
 *   <li><b>DATA LOSS</b>: alter column MEMBERSHIP.USERID: not null</li>
 *   <li>add primary key on MEMBERSHIP (GROUPID, USERID)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "primary key",
        created = "<created>"
)
public final class R<timestamp>_primary_key implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropPrimaryKey("CONSTRAINT_C", "MEMBERSHIP");
        // DATA LOSS: makes MEMBERSHIP.USERID NOT NULL: fails if it holds nulls
        op.alterColumn("MEMBERSHIP", "USERID")
                .nullable(false)
                .existingType("bigint")
                .existingNullable(true);
        op.createPrimaryKey(null, "MEMBERSHIP", "GROUPID", "USERID");
    }

    @Override
    public void downgrade(Op op) {
        op.dropPrimaryKey(null, "MEMBERSHIP");
        op.alterColumn("MEMBERSHIP", "USERID")
                .nullable(true)
                .existingType("bigint")
                .existingNullable(false);
        op.createPrimaryKey("CONSTRAINT_C", "MEMBERSHIP", "GROUPID");
    }
}
