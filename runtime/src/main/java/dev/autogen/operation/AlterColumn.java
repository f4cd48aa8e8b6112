package dev.autogen.operation;

import dev.autogen.model.*;

/**
 * Changes a column's type, nullability, default, identity or comment from {@code from} to {@code to};
 * {@code using} is an optional conversion expression for the type change, {@code reverseUsing} the one for
 * changing it back. The reverse swaps both, so reversing twice gives the same change, {@code using} included.
 */
public record AlterColumn(QualifiedName table, Column from, Column to, String using, String reverseUsing)
        implements Operation {
    /** A change whose reverse needs no conversion expression. */
    public AlterColumn(QualifiedName table, Column from, Column to, String using) {
        this(table, from, to, using, null);
    }

    @Override
    public Operation reverse() {
        return new AlterColumn(table, to, from, reverseUsing, using);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
