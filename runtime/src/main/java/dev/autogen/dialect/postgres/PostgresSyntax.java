package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.QualifiedName;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** The one identifier-quoting function and the literal syntax of PostgreSQL. */
final class PostgresSyntax {

    /**
     * Words PostgreSQL does not accept as a bare column or table name: the reserved, the
     * "reserved (can be function or type)" and the "non-reserved (cannot be function or type)" keywords of
     * PostgreSQL 15 ({@code pg_get_keywords()} categories R, T and C), plus words later versions reserve.
     * Quoting a word needlessly is harmless, so the list errs on the side of quoting.
     */
    static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check",
            "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
            "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position",
            "precision", "primary", "real", "references", "returning", "right", "row", "select",
            "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "table",
            "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union",
            "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", "window",
            "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
            "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
            // reserved or type/function-restricted from PostgreSQL 16 on
            "system_user", "json", "json_array", "json_arrayagg", "json_object", "json_objectagg",
            "json_scalar", "json_serialize", "json_exists", "json_query", "json_value", "json_table",
            "merge_action");

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private PostgresSyntax() {
    }

    /** An unquoted identifier as PostgreSQL folds it: ASCII letters to lower case. */
    static String fold(String identifier) {
        StringBuilder b = new StringBuilder(identifier.length());
        for (char c : identifier.toCharArray()) {
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /** The identifier bare when PostgreSQL would read it back unchanged, otherwise double-quoted. */
    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String qualify(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /**
     * A string constant that reads back as {@code value} whatever the server's standard_conforming_strings: quotes
     * doubled, and text with a backslash written as an escape string ({@code E'a\\b'}), which never depends on it.
     */
    static String string(String value) {
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof java.util.UUID) {
            return string(value.toString());
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? value.toString() : string(value.toString()) + "::double precision";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        if (value instanceof byte[] bytes) {
            return "E'\\\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
        }
        return temporal(value);
    }

    private static String temporal(Object value) {
        if (value instanceof LocalDate) {
            return "DATE " + string(value.toString());
        }
        if (value instanceof LocalDateTime) {
            return "TIMESTAMP " + string(value.toString().replace('T', ' '));
        }
        if (value instanceof LocalTime) {
            return "TIME " + string(value.toString());
        }
        if (value instanceof OffsetDateTime || value instanceof Instant) {
            return "TIMESTAMP WITH TIME ZONE " + string(value.toString().replace('T', ' '));
        }
        if (value instanceof ZonedDateTime z) {
            return "TIMESTAMP WITH TIME ZONE " + string(z.toOffsetDateTime().toString().replace('T', ' '));
        }
        if (value instanceof OffsetTime) {
            return "TIME WITH TIME ZONE " + string(value.toString());
        }
        throw new AutogenException(ErrorKind.REVISION, "Cannot write a PostgreSQL literal for a value of type "
                + value.getClass().getName() + "; use a string, number, boolean, byte[] or java.time value instead.");
    }
}
