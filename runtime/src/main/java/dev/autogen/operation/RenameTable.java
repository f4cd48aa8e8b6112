package dev.autogen.operation;

import dev.autogen.model.*;

/** Renames a table within its schema. */
public record RenameTable(QualifiedName from, String to) implements Operation {
    @Override
    public Operation reverse() {
        return new RenameTable(new QualifiedName(from.schema(), to), from.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
