package dev.autogen.operation;

import java.util.Objects;

/**
 * Stands for the reverse of an operation that does not carry what undoing it needs: a hand-written
 * {@code op.dropTable("x")} or {@code op.dropColumn("t", "c")} names the object but not its definition, so
 * re-creating it is unknown. Rendering it fails with {@code reason}, which names the operation and says what to
 * write instead; it never becomes an empty table or a typeless column. Its reverse is the original operation.
 */
public record Irreversible(Operation original, String reason) implements Operation {
    public Irreversible {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Operation reverse() {
        return original;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitIrreversible(this);
    }
}
