package dev.autogen.model;

import java.util.List;
import java.util.Objects;

/**
 * An index. {@code where} is the predicate of a partial index, or {@code null}. {@code method} is the access
 * method in lower case ({@code gin}, {@code gist}, {@code brin}, {@code hash}, {@code fulltext}), or {@code null}
 * for the database's default (btree). {@code include} lists the non-key columns of a covering index.
 * {@code definition} is the index as the database states it after the table name (PostgreSQL:
 * {@code USING gin (tags jsonb_path_ops) WHERE ...}), or {@code null}: when present, creating the index uses it
 * verbatim, so a dropped index comes back exactly; it is never compared.
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where, String method,
                    List<String> include, String definition) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
        method = method == null || method.isBlank() ? null : method.toLowerCase(java.util.Locale.ROOT);
    }

    /** A default-method index with no INCLUDE columns and no stated definition. */
    public Index(String name, List<IndexColumn> columns, boolean unique, String where) {
        this(name, columns, unique, where, null, List.of(), null);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }

    /** This index without the database's stated definition (what it means, for comparing). */
    public Index withoutDefinition() {
        return new Index(name, columns, unique, where, method, include, null);
    }
}
