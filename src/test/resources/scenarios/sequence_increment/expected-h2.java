package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * sequence increment
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>alter sequence invoice_seq: increment 1 to 50</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "sequence increment",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_sequence_increment implements Migration {
    @Override
    public void upgrade(Op op) {
        op.alterSequence("invoice_seq", 1, 50);
    }

    @Override
    public void downgrade(Op op) {
        op.alterSequence("invoice_seq", 50, 1);
    }
}
