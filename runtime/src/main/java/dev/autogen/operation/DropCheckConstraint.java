package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a check constraint; {@code notValid} says its reverse adds it back {@code NOT VALID}. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint constraint, boolean notValid) implements Operation {
    public DropCheckConstraint(QualifiedName table, CheckConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new AddCheckConstraint(table, constraint, notValid);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropCheckConstraint(this);
    }
}
