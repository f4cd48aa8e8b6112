package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops an index. */
public record DropIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    @Override
    public Operation reverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
