package dev.autogen.operation;

import dev.autogen.model.*;

/** Adds a column to a table. */
public record AddColumn(QualifiedName table, Column column) implements Operation {
    @Override
    public Operation reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
