package dev.autogen.model;

import java.util.Objects;

/**
 * One key of an index: a column name, or an SQL expression when {@code expression} is true. {@code opclass} is a
 * non-default operator class ({@code jsonb_path_ops}, {@code text_pattern_ops}), or {@code null}.
 */
public record IndexColumn(String name, boolean descending, boolean expression, String opclass) {
    public IndexColumn {
        Objects.requireNonNull(name, "name");
    }

    /** A key with the default operator class. */
    public IndexColumn(String name, boolean descending, boolean expression) {
        this(name, descending, expression, null);
    }

    public static IndexColumn asc(String column) {
        return new IndexColumn(column, false, false);
    }

    public static IndexColumn desc(String column) {
        return new IndexColumn(column, true, false);
    }
}
