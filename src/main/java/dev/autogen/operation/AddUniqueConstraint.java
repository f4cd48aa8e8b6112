package dev.autogen.operation;

import dev.autogen.model.*;

/** Adds a unique constraint. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {
    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
