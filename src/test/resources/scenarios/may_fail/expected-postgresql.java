package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * may fail
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li><b>MAY FAIL</b>: add column Member.level (integer, not null)</li>
 *   <li><b>MAY FAIL</b>: alter column Member.name: not null</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_member_level on Member (level &gt;= 0)</li>
 *   <li><b>MAY FAIL</b>: add unique constraint UK9qv6yhjqm8iafto8qk452gx8h on Member (email)</li>
 *   <li><b>MAY FAIL</b>: add foreign key FK5nt1mnqvskefwe0nj9yjm4eav on Member (team_id) references Team (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "may fail",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_may_fail implements Migration {
    @Override
    public void upgrade(Op op) {
        // MAY FAIL: adds column Member.level NOT NULL without a default: fails if Member holds rows (MariaDB gives them the type's implicit default instead)
        op.addColumn("Member", column("level", INTEGER).notNull());
        // MAY FAIL: makes Member.name NOT NULL: fails if any row holds a null
        op.alterColumn("Member", "name")
                .nullable(false)
                .existingType(varchar(100));
        // MAY FAIL: adds check ck_member_level on Member: fails if a row breaks it
        op.createCheckConstraint("ck_member_level", "Member", "level >= 0");
        // MAY FAIL: adds unique constraint UK9qv6yhjqm8iafto8qk452gx8h on Member: fails if its rows hold duplicates
        op.createUniqueConstraint("UK9qv6yhjqm8iafto8qk452gx8h", "Member", "email");
        // MAY FAIL: adds foreign key FK5nt1mnqvskefwe0nj9yjm4eav on Member: fails if a row references no row of Team
        op.createForeignKey("FK5nt1mnqvskefwe0nj9yjm4eav", "Member", "team_id", "Team", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FK5nt1mnqvskefwe0nj9yjm4eav", "Member");
        op.dropUniqueConstraint("UK9qv6yhjqm8iafto8qk452gx8h", "Member");
        op.dropCheckConstraint("ck_member_level", "Member");
        op.alterColumn("Member", "name")
                .nullable(true)
                .existingType(varchar(100))
                .existingNullable(false);
        // DATA LOSS: drops column Member.level and its values
        op.dropColumn("Member", "level");
    }
}
