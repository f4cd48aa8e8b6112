package dev.autogen.codegen;

import dev.autogen.model.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SQL type in the SQL standard's spelling ({@code varchar(40)}, {@code numeric(12,2)},
 * {@code timestamp(6) with time zone}) as a portable type, without a database at hand; {@code null} for any
 * other type.
 */
final class StandardTypes {
    private static final Pattern TYPE = Pattern.compile("([a-z][a-z ]*?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?"
            + "(\\s+with time zone|\\s+without time zone)?");

    private StandardTypes() {
    }

    static ColumnType of(String sqlType) {
        if (sqlType == null) {
            return null;
        }
        Matcher m = TYPE.matcher(sqlType.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        List<Integer> sizes = new ArrayList<>();
        for (int g = 2; g <= 3; g++) {
            if (m.group(g) != null) {
                sizes.add(Integer.parseInt(m.group(g)));
            }
        }
        boolean tz = m.group(4) != null && m.group(4).contains("with time zone");
        String portable = switch (name) {
            case "bigint", "int8" -> "bigint";
            case "integer", "int", "int4" -> "integer";
            case "smallint", "int2" -> "smallint";
            case "boolean", "bool" -> "bool";
            case "double precision", "float8" -> "double";
            case "real", "float4" -> "real";
            case "numeric", "decimal" -> sizes.size() == 2 ? "decimal" : null;
            case "varchar", "character varying" -> sizes.size() == 1 ? "varchar" : null;
            case "char", "character" -> sizes.size() == 1 ? "character" : null;
            case "text" -> "text";
            case "clob" -> "clob";
            case "date" -> "date";
            case "time" -> tz ? null : "time";
            case "timestamp" -> tz ? "timestampTz" : "timestamp";
            case "timestamptz" -> "timestampTz";
            case "uuid" -> "uuid";
            case "json" -> "json";
            case "blob" -> "blob";
            default -> null;
        };
        if (portable == null) {
            return null;
        }
        boolean sized = List.of("decimal", "varchar", "character", "time", "timestamp", "timestampTz").contains(portable);
        if (!sized) {
            return sizes.isEmpty() ? ColumnType.portable(portable) : null;
        }
        if (sizes.isEmpty()) {
            sizes.add(portable.equals("time") ? 0 : 6);
        }
        return new ColumnType(portable, sizes, List.of(), null);
    }
}
