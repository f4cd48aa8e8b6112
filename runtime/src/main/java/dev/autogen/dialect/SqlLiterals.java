package dev.autogen.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * SQL literals for Java values, shared by the dialect renderers. Strings double their quotes; dialects whose
 * string literals treat a backslash as an escape (MariaDB/MySQL by default) also double backslashes.
 */
public final class SqlLiterals {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIMESTAMP_TZ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private SqlLiterals() {
    }

    /**
     * The literal for {@code value}: {@code NULL}, a quoted string, a number, {@code TRUE}/{@code FALSE}, or a
     * typed date/time literal ({@code DATE '2024-01-31'}, {@code TIMESTAMP '2024-01-31 10:00:00.000000'}).
     *
     * @throws IllegalArgumentException for a value of a type with no SQL literal
     */
    public static String literal(Object value, boolean backslashEscapes) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String || value instanceof Character || value instanceof UUID || value instanceof Enum<?>) {
            return string(value.toString(), backslashEscapes);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate d) {
            return "DATE '" + d + "'";
        }
        if (value instanceof LocalTime t) {
            return "TIME '" + t + "'";
        }
        if (value instanceof LocalDateTime t) {
            return "TIMESTAMP '" + TIMESTAMP.format(t) + "'";
        }
        if (value instanceof OffsetDateTime t) {
            return "TIMESTAMP '" + TIMESTAMP_TZ.format(t) + "'";
        }
        if (value instanceof Instant i) {
            return "TIMESTAMP '" + TIMESTAMP_TZ.format(i.atOffset(ZoneOffset.UTC)) + "'";
        }
        throw new IllegalArgumentException("No SQL literal for a value of type " + value.getClass().getName()
                + "; use a String, number, boolean or java.time value.");
    }

    /** {@code text} as a quoted SQL string literal. */
    public static String string(String text, boolean backslashEscapes) {
        String escaped = text.replace("'", "''");
        if (backslashEscapes) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }
}
