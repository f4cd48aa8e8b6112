package dev.autogen.operation;

import dev.autogen.model.QualifiedName;

import java.util.Objects;

/**
 * Checks the existing rows against a constraint added {@code NOT VALID} (PostgreSQL's {@code VALIDATE CONSTRAINT},
 * which lets writers go on while it scans). It runs in a transaction after the one that added the constraint, so
 * the short lock of the add is released before the scan starts. It is its own reverse: validating a valid
 * constraint changes nothing, and no database makes a constraint not valid again; a downgrade drops it next.
 */
public record ValidateConstraint(QualifiedName table, String constraint) implements Operation {
    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Operation reverse() {
        return this;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitValidateConstraint(this);
    }
}
