package dev.autogen.operation;

import dev.autogen.model.*;

/** Creates a named enum type. */
public record CreateEnumType(EnumType enumType) implements Operation {
    @Override
    public Operation reverse() {
        return new DropEnumType(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateEnumType(this);
    }
}
