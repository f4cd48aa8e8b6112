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
 */
public record TableFilter(List<String> include, List<String> exclude, String versionTable) {
    public TableFilter {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** A filter that keeps every table but the version table. */
    public static TableFilter versionTableOnly(String versionTable) {
        return new TableFilter(List.of(), List.of(), versionTable);
    }

    /** The model without the tables this filter removes; sequences and enum types are kept. */
    public SchemaModel apply(SchemaModel model) {
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
    private static Pattern glob(String glob) {
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
