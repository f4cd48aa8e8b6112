package migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;
import java.util.List;

/**
 * enum values
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>alter enum type Status: values (CLOSED, OPEN) to (CLOSED, OPEN, PENDING)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "enum values",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_enum_values implements Migration {
    @Override
    public void upgrade(Op op) {
        op.alterEnumType("Status", List.of("CLOSED", "OPEN"), List.of("CLOSED", "OPEN", "PENDING"));
    }

    @Override
    public void downgrade(Op op) {
        // MAY FAIL: removes PENDING from enum type Status: fails if a column holds it
        op.alterEnumType("Status", List.of("CLOSED", "OPEN", "PENDING"), List.of("CLOSED", "OPEN"));
    }
}
