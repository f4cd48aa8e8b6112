package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a foreign key constraint; {@code notValid} says its reverse adds it back {@code NOT VALID}. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements Operation {
    public DropForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation reverse() {
        return new AddForeignKey(table, foreignKey, notValid);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
