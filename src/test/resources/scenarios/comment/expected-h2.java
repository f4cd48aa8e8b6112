package migrations;

import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * comment
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>set the comment of table users to 'People who can sign in'</li>
 *   <li>alter column users.bio: comment 'Free text shown on the profile'</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "comment",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_comment implements Migration {
    @Override
    public void upgrade(Op op) {
        op.setTableComment("users", "People who can sign in");
        op.alterColumn("users", "bio")
                .comment("Free text shown on the profile")
                .existingType(varchar(255));
    }

    @Override
    public void downgrade(Op op) {
        op.alterColumn("users", "bio")
                .comment(null)
                .existingType(varchar(255))
                .existingComment("Free text shown on the profile");
        op.setTableComment("users", null).existingComment("People who can sign in");
    }
}
