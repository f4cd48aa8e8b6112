package dev.autogen.operation;

import dev.autogen.model.*;

/** Creates a table with its columns, primary key, unique and check constraints (foreign keys and indexes are separate operations). */
public record CreateTable(Table table) implements Operation {
    @Override
    public Operation reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
