package dev.autogen.operation;

import dev.autogen.model.*;

/** Sets or removes a table comment. */
public record SetTableComment(QualifiedName table, String from, String to) implements Operation {
    @Override
    public Operation reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitSetTableComment(this);
    }
}
