package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a column; carries the whole column so it can be re-added. */
public record DropColumn(QualifiedName table, Column column) implements Operation {
    @Override
    public Operation reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
