package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a unique constraint (and the index it owns); {@code concurrently} says its reverse builds it back so. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean concurrently)
        implements Operation {
    public DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new AddUniqueConstraint(table, constraint, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }
}
