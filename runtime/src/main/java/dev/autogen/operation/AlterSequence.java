package dev.autogen.operation;

import dev.autogen.model.*;

/** Changes a sequence's increment (and restart value). */
public record AlterSequence(Sequence from, Sequence to) implements Operation {
    @Override
    public Operation reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
