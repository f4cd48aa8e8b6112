package dev.autogen.operation;

import dev.autogen.model.QualifiedName;

/**
 * Renames a unique constraint of {@code table}: the one whose name the entities derive from a renamed table or
 * column (Hibernate's {@code UK...} hash), so it follows the rename instead of being dropped and added again.
 */
public record RenameUniqueConstraint(QualifiedName table, String from, String to) implements Operation {
    @Override
    public Operation reverse() {
        return new RenameUniqueConstraint(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameUniqueConstraint(this);
    }
}
