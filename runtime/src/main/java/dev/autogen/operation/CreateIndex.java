package dev.autogen.operation;

import dev.autogen.model.*;

/** Creates an index; {@code concurrently} asks for a non-blocking build where the dialect has one (run outside a transaction). */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    @Override
    public Operation reverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
