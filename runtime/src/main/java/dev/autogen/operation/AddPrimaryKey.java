package dev.autogen.operation;

import dev.autogen.model.*;

/** Adds a primary key to a table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    @Override
    public Operation reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddPrimaryKey(this);
    }
}
