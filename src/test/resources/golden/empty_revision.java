package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Backfill user names
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>No schema changes were recorded: write the changes by hand.
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Backfill user names",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_backfill_user_names implements Migration {
    @Override
    public void upgrade(Op op) {
        // No schema changes were recorded for this revision.
        // Write the upgrade here, e.g. data migrations with op.execute(...) or op.bulkInsert(...).
    }

    @Override
    public void downgrade(Op op) {
        // Write the downgrade here: undo what upgrade() does, e.g. with op.execute(...).
    }
}
