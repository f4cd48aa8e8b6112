package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.SqlExpressions;
import dev.autogen.dialect.TypeNarrowing;
import dev.autogen.dialect.TypeShape;
import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.ReferentialAction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB 10.11 / MySQL 8 type equality. Canonical forms: {@code boolean} (also {@code tinyint(1)},
 * {@code bit(1)}, {@code bool}), {@code tinyint}, {@code smallint}, {@code mediumint}, {@code int},
 * {@code bigint} (display widths dropped, {@code unsigned} kept), {@code varchar(n)}, {@code char(n)},
 * {@code decimal(p,s)}, {@code float}, {@code double}, {@code datetime}/{@code datetime(p)},
 * {@code timestamp}/{@code timestamp(p)}, {@code time}/{@code time(p)}, {@code date}, {@code tinytext},
 * {@code text}, {@code mediumtext}, {@code longtext}, the matching {@code blob}s, {@code varbinary(n)},
 * {@code binary(n)}, {@code json}, {@code uuid}, {@code enum('A','B')}; character sets and collations are
 * ignored.
 */
public final class MariaDbTypes implements TypeNormaliser {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("int1", "tinyint"), Map.entry("int3", "mediumint"),
            Map.entry("middleint", "mediumint"), Map.entry("bool", "boolean"),
            Map.entry("character varying", "varchar"), Map.entry("nvarchar", "varchar"),
            Map.entry("national varchar", "varchar"), Map.entry("national character varying", "varchar"),
            Map.entry("character", "char"), Map.entry("nchar", "char"), Map.entry("national char", "char"),
            Map.entry("national character", "char"), Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("double precision", "double"), Map.entry("real", "double"),
            Map.entry("float8", "double"), Map.entry("float4", "float"), Map.entry("long varchar", "mediumtext"),
            Map.entry("long", "mediumtext"), Map.entry("clob", "longtext"), Map.entry("long varbinary", "mediumblob"),
            Map.entry("binary varying", "varbinary"), Map.entry("char varying", "varchar"));
    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final TypeNarrowing NARROWING = new TypeNarrowing(
            Map.of("boolean", 1, "tinyint", 3, "smallint", 5, "mediumint", 7, "int", 10, "bigint", 19),
            Set.of("decimal"), Set.of("varchar", "char", "varbinary", "binary"), Set.of("mediumtext", "longtext"),
            Set.of("datetime", "timestamp", "time"));

    @Override
    public String type(String sqlType) {
        return sqlType == null ? null : shape(sqlType).render();
    }

    /** Keeps the boolean spellings apart: {@code tinyint(1)} (also {@code bool}, {@code boolean}) and {@code bit(1)}. */
    @Override
    public String exactType(String sqlType) {
        String canonical = type(sqlType);
        if (!"boolean".equals(canonical)) {
            return canonical;
        }
        String name = TypeShape.parse(SqlExpressions.canonical(sqlType)).name();
        return name.equals("bit") ? "bit(1)" : "tinyint(1)";
    }

    @Override
    public String defaultValue(String expression, String sqlType) {
        TypeShape shape = sqlType == null ? null : shape(sqlType);
        String type = shape == null ? "" : shape.name().replace(" unsigned", "");
        boolean numeric = NARROWING.integerDigits().containsKey(type) || type.equals("decimal") || type.equals("float")
                || type.equals("double");
        int precision = shape == null || shape.args().isEmpty() ? 0 : (int) shape.arg(0, 0);
        String canonical = MariaDbExpressions.defaultValue(SqlExpressions.canonicalDefault(expression, numeric),
                type, precision, numeric);
        if (type.equals("boolean") && ("true".equals(canonical) || "b'1'".equals(canonical))) {
            return "1";
        }
        if (type.equals("boolean") && ("false".equals(canonical) || "b'0'".equals(canonical))) {
            return "0";
        }
        return canonical;
    }

    @Override
    public String expression(String sql) {
        return MariaDbExpressions.expression(sql);
    }

    /**
     * InnoDB checks foreign keys immediately, so {@code RESTRICT} and {@code NO ACTION} mean the same; the catalog
     * says {@code RESTRICT} for a key declared without an action and {@code NO ACTION} where it was written.
     */
    @Override
    public ReferentialAction referentialAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    @Override
    public boolean isNarrowing(String fromType, String toType) {
        return NARROWING.isNarrowing(shape(fromType), shape(toType));
    }

    static TypeShape shape(String sqlType) {
        String text = SqlExpressions.canonical(sqlType)
                .replaceAll("\\s*(character set|charset|collate)\\s+\\w+", "")
                .replaceAll("\\s+zerofill", "");
        TypeShape raw = TypeShape.parse(text);
        boolean unsigned = raw.name().endsWith(" unsigned");
        String base = unsigned ? raw.name().substring(0, raw.name().length() - " unsigned".length()) : raw.name();
        base = ALIASES.getOrDefault(base, base);
        List<String> args = raw.args();
        if ((base.equals("tinyint") && raw.arg(0, 0) == 1 && !unsigned) || (base.equals("bit") && raw.arg(0, 1) == 1)) {
            return raw.with("boolean", List.of());
        }
        if (INTEGERS.contains(base)) {
            return raw.with(unsigned ? base + " unsigned" : base, List.of());
        }
        String suffix = unsigned ? " unsigned" : "";
        switch (base) {
            case "char", "binary":
                return raw.with(base, args.isEmpty() ? List.of("1") : args.subList(0, 1));
            case "decimal":
                return raw.with(base + suffix, List.of(args.isEmpty() ? "10" : args.get(0), args.size() < 2 ? "0" : args.get(1)));
            case "float":
                return raw.with(raw.arg(0, 24) <= 24 ? "float" : "double", List.of());
            case "datetime", "timestamp", "time":
                return raw.with(base, raw.arg(0, 0) == 0 ? List.of() : args.subList(0, 1));
            case "text", "blob":
                return raw.with(base, List.of());
            default:
                return raw.with(base + suffix, args);
        }
    }
}
