package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a table's primary key. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    @Override
    public Operation reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropPrimaryKey(this);
    }
}
