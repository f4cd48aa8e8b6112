package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Sequences for ids
 *
 * <p>Revision 3f2a1c9b0d4e, parent 9e8d7c6b5a41, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create sequence order_seq (start 1000, increment 50)</li>
 *   <li>alter sequence user_seq: increment 1 to 50</li>
 *   <li>alter sequence big_seq: increment 1 to 10</li>
 *   <li><b>DATA LOSS</b>: drop sequence legacy_seq</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        parents = "9e8d7c6b5a41",
        message = "Sequences for ids",
        created = "2026-11-24T13:05:12Z",
        portable = true
)
public final class R20261124_130512_sequences_for_ids implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("order_seq")
                .startWith(1000)
                .incrementBy(50);
        op.alterSequence("user_seq", 1, 50);
        op.alterSequence("big_seq", 1, 10).existingStartWith(5000000000L);
        // DATA LOSS: drops sequence legacy_seq: recreating it restarts its numbering
        op.dropSequence("legacy_seq");
    }

    @Override
    public void downgrade(Op op) {
        op.createSequence("legacy_seq");
        op.alterSequence("big_seq", 10, 1).existingStartWith(5000000000L);
        op.alterSequence("user_seq", 50, 1);
        // DATA LOSS: drops sequence order_seq: recreating it restarts its numbering
        op.dropSequence("order_seq");
    }
}
