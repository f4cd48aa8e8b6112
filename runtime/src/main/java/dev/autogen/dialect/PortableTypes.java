package dev.autogen.dialect;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One database's spelling of the portable type vocabulary, and the rules every dialect shares: a type specific
 * to another dialect is an error naming the column, and names are folded as Hibernate folds them.
 */
public final class PortableTypes {
    private final String dialect;
    private final String databaseName;
    private final Map<String, Function<ColumnType, String>> spellings;
    private final Function<String, String> folding;

    /** The SQL standard's spelling, which H2 uses (but for {@code text}) and the other dialects mostly. */
    private static final Map<String, Function<ColumnType, String>> STANDARD = Map.ofEntries(
            Map.entry("bigint", t -> "bigint"), Map.entry("integer", t -> "integer"),
            Map.entry("smallint", t -> "smallint"), Map.entry("bool", t -> "boolean"),
            Map.entry("double", t -> "double precision"), Map.entry("real", t -> "real"),
            Map.entry("decimal", t -> sized("numeric", t, 19)), Map.entry("varchar", t -> sized("varchar", t, 255)),
            Map.entry("character", t -> sized("char", t, 1)), Map.entry("text", t -> "text"),
            Map.entry("clob", t -> "clob"), Map.entry("date", t -> "date"), Map.entry("time", t -> sized("time", t, 0)),
            Map.entry("timestamp", t -> sized("timestamp", t, 6)),
            Map.entry("timestampTz", t -> sized("timestamp", t, 6) + " with time zone"),
            Map.entry("uuid", t -> "uuid"), Map.entry("json", t -> "json"),
            Map.entry("bytes", t -> sized("varbinary", t, 255)), Map.entry("blob", t -> "blob"),
            Map.entry("enumOf", PortableTypes::sortedEnum));

    /**
     * @param dialect      the dialect name dialect-specific types are written with ({@code postgresql})
     * @param databaseName the database's name for messages ({@code PostgreSQL})
     * @param differences  the portable names this database spells differently from the SQL standard, with their SQL
     * @param folding      how this database folds an unquoted name ({@link #upper}, or none)
     */
    public PortableTypes(String dialect, String databaseName, Map<String, Function<ColumnType, String>> differences,
                         Function<String, String> folding) {
        this.dialect = dialect;
        this.folding = folding;
        this.databaseName = databaseName;
        Map<String, Function<ColumnType, String>> all = new java.util.HashMap<>(STANDARD);
        all.putAll(differences);
        this.spellings = Map.copyOf(all);
        List<String> missing = new ArrayList<>(ColumnType.PORTABLE);
        missing.removeAll(spellings.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(databaseName + " has no spelling for " + missing);
        }
    }

    /**
     * {@code type} in the SQL standard's spelling ({@code numeric(12,2)}, {@code timestamp(6) with time zone}),
     * for showing a revision without a database; a dialect-specific type as written.
     */
    public static String standard(ColumnType type) {
        return type.isPortable() ? STANDARD.get(type.name()).apply(type) : type.name();
    }

    /** The SQL type for {@code type} of {@code column} on this database. */
    public String render(ColumnType type, String column) {
        if (type.isPortable()) {
            return spellings.get(type.name()).apply(type);
        }
        if (type.dialect().equals(dialect)) {
            return type.name();
        }
        throw new AutogenException(ErrorKind.REVISION, "Column " + column + " has type " + type.name() + ", which is"
                + " specific to " + type.dialect() + ", but this database is " + databaseName + "; nothing was run."
                + " Give the column a portable type (Types.varchar(..), Types.JSON, ...) in a revision for "
                + databaseName + ", or run this revision on " + type.dialect() + " only.");
    }

    /** {@code enum('A','B')} with the values sorted, as Hibernate declares enum columns on H2 and MariaDB. */
    public static String sortedEnum(ColumnType type) {
        return "enum(" + type.values().stream().sorted().map(PortableTypes::quoted).collect(Collectors.joining(","))
                + ")";
    }

    /** {@code column in ('A','B')}, the check Hibernate puts on an enum column where there is no enum type. */
    public static String inList(String quotedColumn, ColumnType type) {
        return quotedColumn + " in (" + type.values().stream().map(PortableTypes::quoted)
                .collect(Collectors.joining(",")) + ")";
    }

    /** {@code name(size)}, or {@code name(size,scale)} when the type has two sizes. */
    public static String sized(String name, ColumnType type, int fallback) {
        if (type.sizes().size() >= 2) {
            return name + "(" + type.sizes().get(0) + "," + type.sizes().get(1) + ")";
        }
        return name + "(" + type.size(0, fallback) + ")";
    }

    /**
     * Hibernate's folding of a name written in a revision: a name in double quotes or backticks is exact (the
     * quotes removed), any other name is folded the way this database folds unquoted names.
     */
    public String fold(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() >= 2 && ((name.startsWith("\"") && name.endsWith("\""))
                || (name.startsWith("`") && name.endsWith("`")))) {
            return name.substring(1, name.length() - 1);
        }
        return folding.apply(name);
    }

    public static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
