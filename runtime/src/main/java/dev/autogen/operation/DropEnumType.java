package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a named enum type. */
public record DropEnumType(EnumType enumType) implements Operation {
    @Override
    public Operation reverse() {
        return new CreateEnumType(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropEnumType(this);
    }
}
