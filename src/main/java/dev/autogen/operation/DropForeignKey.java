package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a foreign key constraint. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    @Override
    public Operation reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
