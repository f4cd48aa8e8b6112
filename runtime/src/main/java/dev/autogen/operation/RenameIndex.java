package dev.autogen.operation;

import dev.autogen.model.QualifiedName;

/**
 * Renames an index of {@code table}: the one whose name the entities derive from a renamed table or column
 * (Hibernate's {@code IDX...} hash), so it follows the rename instead of being dropped and built again.
 */
public record RenameIndex(QualifiedName table, String from, String to) implements Operation {
    @Override
    public Operation reverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameIndex(this);
    }
}
