package dev.autogen.model;

import java.util.List;

/** A named unique constraint over one or more columns. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
