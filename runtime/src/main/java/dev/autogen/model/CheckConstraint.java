package dev.autogen.model;

import java.util.Objects;

/**
 * A check constraint; {@code expression} is the condition without the {@code CHECK} keyword. {@code column}
 * names the column whose definition holds the check where the database keeps it there (MariaDB, for a check
 * written inside a column definition: it is named after the column and goes only when the column is
 * redefined), or is {@code null} for a table check.
 */
public record CheckConstraint(String name, String expression, String column) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    /** A table check. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, null);
    }
}
