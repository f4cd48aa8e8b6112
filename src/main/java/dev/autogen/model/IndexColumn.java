package dev.autogen.model;

import java.util.Objects;

/** One key of an index: a column name, or an SQL expression when {@code expression} is true. */
public record IndexColumn(String name, boolean descending, boolean expression) {
    public IndexColumn {
        Objects.requireNonNull(name, "name");
    }

    public static IndexColumn asc(String column) {
        return new IndexColumn(column, false, false);
    }

    public static IndexColumn desc(String column) {
        return new IndexColumn(column, true, false);
    }
}
