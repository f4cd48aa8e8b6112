package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Drops a table; carries the whole table so it can be recreated. A drop that carries only the name (a
 * hand-written {@code op.dropTable("x")}) has no known reverse: it is {@link Irreversible}, never an empty table.
 */
public record DropTable(Table table) implements Operation {
    @Override
    public Operation reverse() {
        if (table.columns().isEmpty()) {
            return new Irreversible(this, "op.dropTable(\"" + table.name() + "\") names the table but not its columns,"
                    + " keys or indexes, so the downgrade cannot re-create it; write the downgrade by hand with"
                    + " op.createTable(\"" + table.name() + "\", ...) (autogen -m writes drops with their definitions).");
        }
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
