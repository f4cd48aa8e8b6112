package dev.autogen.operation;

import dev.autogen.model.*;

/** Adds a foreign key constraint. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
