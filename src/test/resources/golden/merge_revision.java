package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Merge heads
 *
 * <p>Revision 3f2a1c9b0d4e, merging parents 9e8d7c6b5a41 and 0a1b2c3d4e5f, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>No schema changes were recorded: write the changes by hand.
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = {"9e8d7c6b5a41", "0a1b2c3d4e5f"},
        message = "Merge heads",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_merge_heads implements Migration {
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
