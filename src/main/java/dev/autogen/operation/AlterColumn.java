package dev.autogen.operation;

import dev.autogen.model.*;

/** Changes a column's type, nullability, default, identity or comment from {@code from} to {@code to}; {@code using} is an optional conversion expression for a type change. */
public record AlterColumn(QualifiedName table, Column from, Column to, String using) implements Operation {
    @Override
    public Operation reverse() {
        return new AlterColumn(table, to, from, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
