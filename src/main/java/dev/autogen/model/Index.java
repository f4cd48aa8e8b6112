package dev.autogen.model;

import java.util.List;
import java.util.Objects;

/** An index; {@code where} is the predicate of a partial index, or {@code null}. */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
