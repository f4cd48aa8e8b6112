package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Drops a column; carries the whole column so it can be re-added. A drop that carries only the name (a
 * hand-written {@code op.dropColumn("t", "c")}) has no known reverse: it is {@link Irreversible}, never a
 * typeless column.
 */
public record DropColumn(QualifiedName table, Column column) implements Operation {
    @Override
    public Operation reverse() {
        if (column.type() == null) {
            return new Irreversible(this, "op.dropColumn(\"" + table + "\", \"" + column.name() + "\") names the"
                    + " column but not its type, so the downgrade cannot add it back; write the downgrade by hand with"
                    + " op.addColumn(\"" + table + "\", column(\"" + column.name() + "\", ...)).");
        }
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
