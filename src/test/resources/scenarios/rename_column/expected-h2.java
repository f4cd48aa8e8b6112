package migrations;

import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * rename column
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>RENAME: column customer.mail to email, renamed on evidence: field Customer.mail now maps to column email (revision <id> recorded mail).
 *
 * <p>RENAME: column customer.nickname to display_name, renamed on evidence: field Customer.nickname now maps to column display_name (revision <id> recorded nickname).
 *
 * <p>Changes:
 * <ul>
 *   <li>rename index idxlcu9u62qdnv7kviesuhdgpnmv of customer to IDX9m63lwswpcimbqjagm9h4f8m1</li>
 *   <li>rename column customer.mail to email</li>
 *   <li>rename column customer.nickname to display_name</li>
 *   <li>rename unique constraint uk9bs0cm53439brbopbpxhg68e of customer to UKdwk6cx0afu8bs9o4t536v1j5v</li>
 *   <li>alter column customer.display_name: type varchar(100) to varchar(150)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "rename column",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_rename_column implements Migration {
    @Override
    public void upgrade(Op op) {
        op.renameIndex("customer", "idxlcu9u62qdnv7kviesuhdgpnmv", "IDX9m63lwswpcimbqjagm9h4f8m1");
        op.renameColumn("customer", "mail", "email");
        op.renameColumn("customer", "nickname", "display_name");
        op.renameUniqueConstraint("customer", "uk9bs0cm53439brbopbpxhg68e",
                "UKdwk6cx0afu8bs9o4t536v1j5v");
        op.alterColumn("customer", "display_name")
                .type(varchar(150))
                .existingType(varchar(100));
    }

    @Override
    public void downgrade(Op op) {
        // MAY FAIL: narrows customer.display_name from varchar(150) to varchar(100): longer values are rejected
        op.alterColumn("customer", "display_name")
                .type(varchar(100))
                .existingType(varchar(150));
        op.renameUniqueConstraint("customer", "UKdwk6cx0afu8bs9o4t536v1j5v",
                "uk9bs0cm53439brbopbpxhg68e");
        op.renameColumn("customer", "display_name", "nickname");
        op.renameColumn("customer", "email", "mail");
        op.renameIndex("customer", "IDX9m63lwswpcimbqjagm9h4f8m1", "idxlcu9u62qdnv7kviesuhdgpnmv");
    }
}
