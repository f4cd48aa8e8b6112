package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Adds a foreign key constraint. {@code notValid} adds it without checking the rows already there (PostgreSQL's
 * {@code NOT VALID}: new and changed rows are checked at once); a later {@link ValidateConstraint} checks the rest.
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements Operation {
    public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey, notValid);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
