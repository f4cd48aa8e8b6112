package dev.autogen.dialect.h2;

import dev.autogen.dialect.SqlExpressions;
import dev.autogen.dialect.TypeNarrowing;
import dev.autogen.dialect.TypeShape;
import dev.autogen.dialect.TypeNormaliser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2 2.x type equality. Canonical forms: {@code integer}, {@code bigint}, {@code smallint}, {@code tinyint},
 * {@code boolean}, {@code varchar(n)}, {@code char(n)}, {@code numeric(p,s)}, {@code real},
 * {@code double precision}, {@code timestamp(p)}, {@code timestamp(p) with time zone}, {@code time(p)},
 * {@code date}, {@code clob}, {@code blob}, {@code varbinary(n)}, {@code binary(n)}, {@code uuid},
 * {@code json}, {@code enum('A','B')}; anything else lower-cased.
 */
public final class H2Types implements TypeNormaliser {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("mediumint", "integer"),
            Map.entry("signed", "integer"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("bit", "boolean"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("varchar2", "varchar"), Map.entry("nvarchar", "varchar"), Map.entry("nvarchar2", "varchar"),
            Map.entry("national character varying", "varchar"), Map.entry("varchar_casesensitive", "varchar"),
            Map.entry("character", "char"), Map.entry("nchar", "char"), Map.entry("national character", "char"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("number", "numeric"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
            Map.entry("datetime", "timestamp"), Map.entry("smalldatetime", "timestamp"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("time without time zone", "time"),
            Map.entry("character large object", "clob"), Map.entry("char large object", "clob"),
            Map.entry("text", "clob"), Map.entry("tinytext", "clob"), Map.entry("mediumtext", "clob"),
            Map.entry("longtext", "clob"), Map.entry("ntext", "clob"), Map.entry("nclob", "clob"),
            Map.entry("binary large object", "blob"), Map.entry("tinyblob", "blob"), Map.entry("mediumblob", "blob"),
            Map.entry("longblob", "blob"), Map.entry("image", "blob"), Map.entry("oid", "blob"),
            Map.entry("binary varying", "varbinary"), Map.entry("raw", "varbinary"), Map.entry("bytea", "varbinary"));
    /** The length H2 reports for a {@code varchar} declared without one. */
    private static final long MAX_LENGTH = 1_000_000_000L;
    private static final TypeNarrowing NARROWING = new TypeNarrowing(
            Map.of("tinyint", 3, "smallint", 5, "integer", 10, "bigint", 19),
            Set.of("numeric"), Set.of("varchar", "char", "varbinary", "binary"), Set.of("clob"),
            Set.of("timestamp", "time", "timestamp with time zone", "time with time zone"));

    @Override
    public String type(String sqlType) {
        return sqlType == null ? null : shape(sqlType).render();
    }

    @Override
    public String defaultValue(String expression, String sqlType) {
        String type = sqlType == null ? "" : shape(sqlType).name();
        String canonical = SqlExpressions.canonicalDefault(expression,
                NARROWING.integerDigits().containsKey(type) || type.equals("numeric"));
        if (type.equals("boolean") && ("1".equals(canonical) || "0".equals(canonical))) {
            return canonical.equals("1") ? "true" : "false";
        }
        return canonical;
    }

    /**
     * Also drops the casts H2 adds around numeric literals: {@code CAST(0 AS NUMERIC(1))} and
     * {@code CAST(0 AS BIGINT)} are {@code 0}.
     */
    @Override
    public String expression(String sql) {
        String canonical = SqlExpressions.canonical(sql);
        return canonical == null ? null : canonical.replaceAll("cast\\(([+-]?[0-9.]+) as [a-z ]+(\\(\\d+(,\\d+)?\\))?\\)", "$1");
    }

    @Override
    public boolean isNarrowing(String fromType, String toType) {
        return NARROWING.isNarrowing(shape(fromType), shape(toType));
    }

    /** The canonical shape of an H2 type, e.g. {@code CHARACTER VARYING(100)} as {@code varchar(100)}. */
    static TypeShape shape(String sqlType) {
        TypeShape raw = TypeShape.parse(sqlType);
        String name = raw.name().replaceAll("\\s+generated.*$", "");
        name = ALIASES.getOrDefault(name, name);
        List<String> args = raw.args();
        switch (name) {
            case "integer", "bigint", "smallint", "tinyint", "boolean", "clob", "blob", "date", "uuid", "json",
                    "double precision", "real":
                return raw.with(name, List.of());
            case "float":
                return raw.with(raw.arg(0, 53) <= 24 ? "real" : "double precision", List.of());
            case "varchar":
                return raw.with(name, args.isEmpty() || raw.arg(0, 0) == MAX_LENGTH ? List.of() : args.subList(0, 1));
            case "char", "binary":
                return raw.with(name, args.isEmpty() ? List.of("1") : args.subList(0, 1));
            case "numeric":
                return raw.with(name, args.size() == 1 ? List.of(args.get(0), "0") : args);
            case "timestamp", "timestamp with time zone":
                return raw.with(name, List.of(args.isEmpty() ? "6" : args.get(0)));
            case "time", "time with time zone":
                return raw.with(name, List.of(args.isEmpty() ? "0" : args.get(0)));
            default:
                return raw.with(name, args);
        }
    }
}
