package dev.autogen.compare;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code include_objects} / {@code exclude_objects} entry, {@code kind:pattern}: {@code index:*_trgm},
 * {@code table:audit_*}, {@code foreign_key:orders.fk_legacy}, {@code *:tmp_*}. The kind is one of {@link #KINDS}
 * or {@code *}; the pattern is a glob matched against the bare name, the schema-qualified name and, for the
 * parts of a table, {@code table.name}.
 */
record ObjectPattern(String kind, Pattern pattern) {
    static final List<String> KINDS = List.of("table", "column", "index", "foreign_key", "unique_constraint",
            "check_constraint", "sequence", "enum_type");

    static ObjectPattern parse(String entry, String setting) {
        int colon = entry.indexOf(':');
        String kind = colon < 0 ? "" : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (colon < 0 || !(kind.equals("*") || KINDS.contains(kind)) || entry.substring(colon + 1).isBlank()) {
            throw new AutogenException(ErrorKind.CONFIG, "The " + setting + " entry '" + entry + "' is not kind:pattern;"
                    + " use one of " + String.join(", ", KINDS) + " or * as the kind, e.g. index:*_trgm.");
        }
        return new ObjectPattern(kind, TableFilter.glob(entry.substring(colon + 1).strip()));
    }

    /** True when this entry covers an object of {@code objectKind} known by any of {@code names}. */
    boolean matches(String objectKind, String... names) {
        if (!kind.equals("*") && !kind.equals(objectKind)) {
            return false;
        }
        for (String name : names) {
            if (name != null && pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }
}
