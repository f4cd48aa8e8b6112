package dev.autogen.dialect.postgres;

import dev.autogen.dialect.TypeNormaliser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL type, default and expression equality. Canonical type forms (every alias maps to the left):
 * <pre>
 * integer             int4, int, serial, serial4
 * bigint              int8, bigserial, serial8
 * smallint            int2, smallserial, serial2
 * double precision    float8, float, float(25..53)
 * real                float4, float(1..24)
 * boolean             bool
 * varchar(n)          character varying(n)            (varchar without length stays varchar)
 * char(n)             character(n), bpchar(n); char and character alone are char(1)
 * numeric(p,s)        decimal(p,s); numeric(p) is numeric(p,0); numeric alone stays numeric
 * timestamp(p)        timestamp(p) without time zone; no precision means 6, PostgreSQL's microseconds
 * timestamptz(p)      timestamp(p) with time zone; no precision means 6
 * time(p), timetz(p)  time [without|with time zone]; no precision means 6
 * t[]                 t[], t[][], t array (PostgreSQL does not enforce array dimensions)
 * </pre>
 * Any other type (text, bytea, uuid, jsonb, oid, date, enum type names) is lower-cased with single spaces,
 * except double-quoted names, which are kept as written.
 */
public final class PostgresTypes implements TypeNormaliser {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\))?(?:\\s+(with|without) time zone)?");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int4", "integer"), Map.entry("int", "integer"), Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("bool", "boolean"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
            Map.entry("decimal", "numeric"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time with time zone", "timetz"));
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> INTEGER_DIGITS = List.of("5", "10", "19");
    private static final List<String> STRINGS = List.of("char", "bpchar", "varchar", "text");

    @Override
    public String type(String sqlType) {
        return sqlType == null ? null : parse(sqlType).toString();
    }

    @Override
    public String defaultValue(String expression, String sqlType) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String value = PostgresExpressions.canonical(expression);
        String base = sqlType == null ? "" : parse(sqlType).base();
        if (base.equals("boolean")) {
            String v = value.replace("'", "");
            if (List.of("true", "t", "yes", "y", "on", "1").contains(v)) {
                return "true";
            }
            if (List.of("false", "f", "no", "n", "off", "0").contains(v)) {
                return "false";
            }
        }
        if (INTEGERS.contains(base) || base.equals("numeric") || base.equals("real") || base.equals("double precision")) {
            String v = value.startsWith("'") && value.endsWith("'") && value.length() > 1
                    ? value.substring(1, value.length() - 1) : value;
            if (v.matches("-?\\d+(\\.\\d*)?")) {
                return new BigDecimal(v).stripTrailingZeros().toPlainString();
            }
        }
        return value;
    }

    @Override
    public String expression(String sql) {
        return PostgresExpressions.canonical(sql);
    }

    @Override
    public boolean isNarrowing(String fromType, String toType) {
        // an unknown type cannot be shown to be safe
        return change(fromType, toType, true, (from, to) -> !widens(from, to));
    }

    /**
     * Whether changing {@code fromType} to {@code toType} counts: {@code unknown} when a type is not known, false
     * when they are the same, true when one is an array and the other not, else what {@code counts} says.
     */
    private static boolean change(String fromType, String toType, boolean unknown,
                                  java.util.function.BiPredicate<Type, Type> counts) {
        if (fromType == null || toType == null) {
            return unknown;
        }
        Type from = parse(fromType);
        Type to = parse(toType);
        if (from.equals(to)) {
            return false;
        }
        return from.array() != to.array() || counts.test(from, to);
    }

    /**
     * Binary-coercible changes PostgreSQL makes in the catalog alone: a longer or unbounded varchar, varchar and
     * text either way, more numeric precision at the same scale, more fractional seconds. Any other change of type
     * rewrites the table (int to bigint) or checks every row (a shorter varchar) under ACCESS EXCLUSIVE.
     */
    @Override
    public boolean rewritesTable(String fromType, String toType) {
        return change(fromType, toType, false, PostgresTypes::rewrites);
    }

    private static boolean rewrites(Type from, Type to) {
        String f = from.base();
        String t = to.base();
        if ((f.equals("varchar") || f.equals("text")) && (t.equals("varchar") || t.equals("text"))) {
            return !(t.equals("text") || to.precision() == null
                    || (f.equals("varchar") && from.precision() != null && to.precision() >= from.precision()));
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            return !(to.precision() == null || (from.precision() != null && Objects.equals(to.scale(), from.scale())
                    && to.precision() >= from.precision()));
        }
        if (f.equals(t) && List.of("timestamp", "timestamptz", "time", "timetz").contains(f)) {
            return to.precision() < from.precision();
        }
        return true;
    }

    /** Functions PostgreSQL calls again for every row: a new column with one as default fills every row. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval)\\s*\\(");

    @Override
    public boolean volatileDefault(String expression) {
        return expression != null && VOLATILE.matcher(expression).find();
    }

    /** The known conversions that keep every value: all others count as narrowing. */
    private static boolean widens(Type from, Type to) {
        String f = from.base();
        String t = to.base();
        if (INTEGERS.contains(f) && INTEGERS.contains(t)) {
            return INTEGERS.indexOf(t) >= INTEGERS.indexOf(f);
        }
        if (INTEGERS.contains(f) && t.equals("numeric")) {
            return to.precision() == null
                    || to.precision() - to.scale() >= Integer.parseInt(INTEGER_DIGITS.get(INTEGERS.indexOf(f)));
        }
        if ((f.equals("smallint") || f.equals("integer")) && t.equals("double precision")) {
            return true;
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            return to.precision() == null || (from.precision() != null && to.scale() >= from.scale()
                    && to.precision() - to.scale() >= from.precision() - from.scale());
        }
        if (f.equals("real") && t.equals("double precision")) {
            return true;
        }
        if (STRINGS.contains(f) && STRINGS.contains(t)) {
            if (t.equals("text") || (t.equals("varchar") && to.precision() == null)) {
                return true;
            }
            return !f.equals("text") && !f.equals("bpchar") && from.precision() != null && to.precision() != null
                    && to.precision() >= from.precision() && (t.equals("varchar") || f.equals("char"));
        }
        if (List.of("timestamp", "timestamptz", "time", "timetz").contains(f)) {
            boolean sameOrTz = t.equals(f) || (f.equals("timestamp") && t.equals("timestamptz"))
                    || (f.equals("time") && t.equals("timetz"));
            return sameOrTz && to.precision() >= from.precision();
        }
        return f.equals("date") && (t.equals("timestamp") || t.equals("timestamptz"));
    }

    /** A parsed type: base name, optional precision and scale (or length), array or not. */
    record Type(String base, Integer precision, Integer scale, boolean array, String verbatim) {
        @Override
        public String toString() {
            String s = verbatim != null ? verbatim
                    : precision == null ? base
                    : scale == null ? base + "(" + precision + ")"
                    : base + "(" + precision + "," + scale + ")";
            return array ? s + "[]" : s;
        }
    }

    static Type parse(String sqlType) {
        String s = sqlType.trim().replaceAll("\\s+", " ");
        boolean array = false;
        while (s.endsWith("]") && s.lastIndexOf('[') > 0) {
            s = s.substring(0, s.lastIndexOf('[')).trim();
            array = true;
        }
        if (s.toLowerCase(Locale.ROOT).endsWith(" array")) {
            s = s.substring(0, s.length() - " array".length()).trim();
            array = true;
        }
        if (s.contains("\"")) {
            return new Type(s, null, null, array, s);
        }
        s = s.toLowerCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return new Type(s, null, null, array, s);
        }
        String name = m.group(1).trim();
        Integer p = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer sc = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (m.group(4) != null) {
            name = m.group(4).equals("with") ? name + " with time zone" : name;
        }
        name = ALIASES.getOrDefault(name, name);
        switch (name) {
            case "float":
                return new Type(p != null && p <= 24 ? "real" : "double precision", null, null, array, null);
            case "char":
                return new Type("char", p == null ? 1 : p, null, array, null);
            case "bpchar":
                return new Type(p == null ? "bpchar" : "char", p, null, array, null);
            case "numeric":
                return new Type(name, p, p == null ? null : sc == null ? 0 : sc, array, null);
            case "timestamp", "timestamptz", "time", "timetz":
                return new Type(name, p == null ? 6 : p, null, array, null);
            default:
                return new Type(name, p, sc, array, null);
        }
    }
}
