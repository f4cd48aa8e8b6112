package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Adds a check constraint. {@code notValid} adds it without checking the rows already there (PostgreSQL's
 * {@code NOT VALID}: new and changed rows are checked at once); a later {@link ValidateConstraint} checks the rest.
 */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint, boolean notValid) implements Operation {
    public AddCheckConstraint(QualifiedName table, CheckConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, constraint, notValid);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
