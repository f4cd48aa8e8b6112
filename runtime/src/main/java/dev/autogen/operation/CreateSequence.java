package dev.autogen.operation;

import dev.autogen.model.*;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
    @Override
    public Operation reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
