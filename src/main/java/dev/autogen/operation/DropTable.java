package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a table; carries the whole table so it can be recreated. */
public record DropTable(Table table) implements Operation {
    @Override
    public Operation reverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
