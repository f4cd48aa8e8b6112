package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a check constraint. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint constraint) implements Operation {
    @Override
    public Operation reverse() {
        return new AddCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropCheckConstraint(this);
    }
}
