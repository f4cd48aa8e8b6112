package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a unique constraint. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {
    @Override
    public Operation reverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }
}
