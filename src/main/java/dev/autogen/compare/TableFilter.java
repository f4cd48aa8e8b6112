package dev.autogen.compare;

import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables take part in a comparison. {@code include} and {@code exclude} are glob patterns ({@code *} any
 * run of characters, {@code ?} one character, case-sensitive) matched against the bare table name and against
 * {@code schema.table}; an empty {@code include} includes every table. The {@code versionTable} (bare or
 * schema-qualified name, or {@code null}) is always removed. Foreign keys from kept tables to removed tables
 * are kept as they are.
 *
 * <p>{@code includeObjects} and {@code excludeObjects} ({@code kind:pattern}, see {@link ObjectPattern}) do the
 * same for every kind of object, like Alembic's {@code include_object}: an object is kept when no include entry of
 * its kind exists or one matches, and no exclude entry matches. A table left out takes everything it holds with it.
 */
public record TableFilter(List<String> include, List<String> exclude, String versionTable, List<String> includeObjects,
                          List<String> excludeObjects) {
    public TableFilter {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        includeObjects = includeObjects == null ? List.of() : List.copyOf(includeObjects);
        excludeObjects = excludeObjects == null ? List.of() : List.copyOf(excludeObjects);
        includeObjects.forEach(e -> ObjectPattern.parse(e, "include_objects"));
        excludeObjects.forEach(e -> ObjectPattern.parse(e, "exclude_objects"));
    }

    /** A filter by table name only. */
    public TableFilter(List<String> include, List<String> exclude, String versionTable) {
        this(include, exclude, versionTable, List.of(), List.of());
    }

    /** A filter that keeps every table but the version table. */
    public static TableFilter versionTableOnly(String versionTable) {
        return new TableFilter(List.of(), List.of(), versionTable);
    }

    /**
     * The model without the tables this filter removes (sequences and enum types stay unless an object entry
     * names them), and without the objects the object entries remove.
     */
    public SchemaModel apply(SchemaModel model) {
        SchemaModel tables = applyTables(model);
        if (includeObjects.isEmpty() && excludeObjects.isEmpty()) {
            return tables;
        }
        return new ObjectFilter(includeObjects.stream().map(e -> ObjectPattern.parse(e, "include_objects")).toList(),
                excludeObjects.stream().map(e -> ObjectPattern.parse(e, "exclude_objects")).toList()).apply(tables);
    }

    private SchemaModel applyTables(SchemaModel model) {
        List<Pattern> includes = include.stream().map(TableFilter::glob).toList();
        List<Pattern> excludes = exclude.stream().map(TableFilter::glob).toList();
        List<Table> kept = model.tables().stream()
                .filter(t -> !isVersionTable(t))
                .filter(t -> includes.isEmpty() || matchesAny(includes, t))
                .filter(t -> !matchesAny(excludes, t))
                .toList();
        return new SchemaModel(kept, model.sequences(), model.enumTypes());
    }

    private boolean isVersionTable(Table table) {
        return versionTable != null
                && (versionTable.equals(table.name().name()) || versionTable.equals(table.name().toString()));
    }

    private static boolean matchesAny(List<Pattern> patterns, Table table) {
        String bare = table.name().name();
        String qualified = table.name().toString();
        return patterns.stream().anyMatch(p -> p.matcher(bare).matches() || p.matcher(qualified).matches());
    }

    /** The glob as a regular expression: {@code *} and {@code ?} are wildcards, everything else is literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
