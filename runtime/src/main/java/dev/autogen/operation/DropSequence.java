package dev.autogen.operation;

import dev.autogen.model.*;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Operation {
    @Override
    public Operation reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
