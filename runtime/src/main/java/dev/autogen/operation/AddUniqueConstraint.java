package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Adds a unique constraint. {@code concurrently} builds its index first without blocking writes (PostgreSQL's
 * {@code CREATE UNIQUE INDEX CONCURRENTLY}, outside a transaction), then makes the constraint from it
 * ({@code ADD CONSTRAINT ... UNIQUE USING INDEX}, a catalog change); dropping the constraint drops that index too, so
 * the reverse is the same {@link DropUniqueConstraint}.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean concurrently)
        implements Operation {
    public AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, constraint, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
