package dev.autogen.operation;

import dev.autogen.model.*;

/** Adds a check constraint. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint) implements Operation {
    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
