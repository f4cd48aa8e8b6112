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
 *   <li>drop primary key membership_pkey of membership</li>
 *   <li><b>DATA LOSS</b>: alter column membership.userid: not null</li>
 *   <li>add primary key on membership (groupid, userid)</li>
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
        op.dropPrimaryKey("membership_pkey", "membership");
        // DATA LOSS: makes membership.userid NOT NULL: fails if it holds nulls
        op.alterColumn("membership", "userid")
                .nullable(false)
                .existingType("bigint")
                .existingNullable(true);
        op.createPrimaryKey(null, "membership", "groupid", "userid");
    }

    @Override
    public void downgrade(Op op) {
        op.dropPrimaryKey(null, "membership");
        op.alterColumn("membership", "userid")
                .nullable(true)
                .existingType("bigint")
                .existingNullable(false);
        op.createPrimaryKey("membership_pkey", "membership", "groupid");
    }
}
