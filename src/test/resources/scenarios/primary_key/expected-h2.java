package migrations;

import static dev.autogen.runtime.Types.*;

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
 *   <li>drop primary key pk_Membership of Membership</li>
 *   <li><b>MAY FAIL</b>: alter column Membership.userId: not null</li>
 *   <li>add primary key pk_Membership on Membership (groupId, userId)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "primary key",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_primary_key implements Migration {
    @Override
    public void upgrade(Op op) {
        op.dropPrimaryKey("pk_Membership", "Membership");
        // MAY FAIL: makes Membership.userId NOT NULL: fails if any row holds a null
        op.alterColumn("Membership", "userId")
                .nullable(false)
                .existingType(BIGINT);
        op.createPrimaryKey("pk_Membership", "Membership", "groupId", "userId");
    }

    @Override
    public void downgrade(Op op) {
        op.dropPrimaryKey("pk_Membership", "Membership");
        op.alterColumn("Membership", "userId")
                .nullable(true)
                .existingType(BIGINT)
                .existingNullable(false);
        op.createPrimaryKey("pk_Membership", "Membership", "groupId");
    }
}
