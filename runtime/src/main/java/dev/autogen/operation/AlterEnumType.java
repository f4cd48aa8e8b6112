package dev.autogen.operation;

import dev.autogen.model.*;

/** Changes the values of a named enum type. */
public record AlterEnumType(EnumType from, EnumType to) implements Operation {
    @Override
    public Operation reverse() {
        return new AlterEnumType(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterEnumType(this);
    }
}
