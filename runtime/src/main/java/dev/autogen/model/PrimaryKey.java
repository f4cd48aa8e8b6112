package dev.autogen.model;

import java.util.List;

/**
 * A primary key; {@code name} may be {@code null} when the database names it. Empty {@code columns}
 * mean "not known": a hand-written drop names only the constraint.
 */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
