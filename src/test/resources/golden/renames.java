package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Rename people
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>rename table people to persons</li>
 *   <li>rename column persons.fullname to full_name</li>
 *   <li>rename index IDXpeople of persons to IDXpersons</li>
 *   <li>rename unique constraint UKpeople of persons to UKpersons</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Rename people",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_rename_people implements Migration {
    @Override
    public void upgrade(Op op) {
        op.renameTable("people", "persons");
        op.renameColumn("persons", "fullname", "full_name");
        op.renameIndex("persons", "IDXpeople", "IDXpersons");
        op.renameUniqueConstraint("persons", "UKpeople", "UKpersons");
    }

    @Override
    public void downgrade(Op op) {
        op.renameUniqueConstraint("persons", "UKpersons", "UKpeople");
        op.renameIndex("persons", "IDXpersons", "IDXpeople");
        op.renameColumn("persons", "full_name", "fullname");
        op.renameTable("persons", "people");
    }
}
