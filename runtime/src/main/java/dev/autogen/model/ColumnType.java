package dev.autogen.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column type as a revision writes it: a name from the portable vocabulary ({@code varchar}, {@code decimal},
 * {@code timestampTz}, {@code enumOf}, ...) with its sizes, rendered by each database into its own SQL when the
 * revision runs; or, when {@code dialect} is set, one database's own SQL type ({@code jsonb} on
 * {@code postgresql}), which only that database accepts.
 *
 * @param name    the portable name, or the SQL type text for a dialect-specific type
 * @param sizes   length, or precision and scale, as the name takes them
 * @param values  the values of an {@code enumOf}; empty otherwise
 * @param dialect {@code null} for a portable type, else the dialect name ({@code postgresql}, {@code mariadb}, {@code h2})
 */
public record ColumnType(String name, List<Integer> sizes, List<String> values, String dialect) {
    /** The portable names, each with the number of sizes it takes. */
    public static final List<String> PORTABLE = List.of("bigint", "integer", "smallint", "bool", "double", "real",
            "decimal", "varchar", "character", "text", "clob", "date", "time", "timestamp", "timestampTz", "uuid",
            "json", "bytes", "blob", "enumOf");

    public ColumnType {
        Objects.requireNonNull(name, "name");
        sizes = List.copyOf(sizes);
        values = List.copyOf(values);
        if (dialect == null && !PORTABLE.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a portable type; portable types are " + PORTABLE);
        }
    }

    public static ColumnType portable(String name, Integer... sizes) {
        return new ColumnType(name, List.of(sizes), List.of(), null);
    }

    /** The SQL type {@code sql} as only {@code dialect} has it. */
    public static ColumnType specific(String dialect, String sql) {
        return new ColumnType(sql, List.of(), List.of(), Objects.requireNonNull(dialect, "dialect"));
    }

    public boolean isPortable() {
        return dialect == null;
    }

    /** The size at {@code index}, or {@code fallback} when the type has none there. */
    public int size(int index, int fallback) {
        return index < sizes.size() ? sizes.get(index) : fallback;
    }

    /** How messages and summaries show the type: {@code varchar(40)}, {@code enumOf(20; 'NEW','PAID')}, {@code jsonb}. */
    @Override
    public String toString() {
        if (!isPortable()) {
            return name;
        }
        String args = sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (!values.isEmpty()) {
            String list = values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
            args = args.isEmpty() ? list : args + "; " + list;
        }
        return args.isEmpty() ? name : name + "(" + args + ")";
    }
}
