package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.QualifiedName;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Seed-data values as Java literals of the same type, so a row written into a revision reads back equal:
 * {@code 5} stays an {@code Integer}, {@code 5L} a {@code Long}, {@code new BigDecimal("1.50")} keeps its scale,
 * dates and UUIDs are parsed from their ISO text.
 */
final class RowValues {
    private static final List<Class<?>> PARSED = List.of(LocalDate.class, LocalTime.class, LocalDateTime.class,
            OffsetDateTime.class, Instant.class);

    /** {@code row(1, "admin", null)}. */
    CodeBlock row(List<Object> values, QualifiedName table) {
        if (values.size() == 1 && values.get(0) == null) {
            return CodeBlock.of("$T.row((Object) null)", Statements.DDL);
        }
        CodeBlock args = values.stream().map(v -> literal(v, table)).collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("$T.row($L)", Statements.DDL, args);
    }

    private static CodeBlock literal(Object value, QualifiedName table) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return Statements.text(s);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Long l) {
            return CodeBlock.of("$LL", l);
        }
        if (value instanceof Short || value instanceof Byte) {
            return CodeBlock.of("($L) $L", value instanceof Short ? "short" : "byte", value);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? CodeBlock.of("$L", d) : CodeBlock.of("$T.valueOf($S)", Double.class, d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? CodeBlock.of("$Lf", f) : CodeBlock.of("$T.valueOf($S)", Float.class, f);
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return CodeBlock.of("new $T($S)", value.getClass(), value.toString());
        }
        if (value instanceof UUID) {
            return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
        }
        if (PARSED.contains(value.getClass())) {
            return CodeBlock.of("$T.parse($S)", ClassName.get(value.getClass()), value.toString());
        }
        throw new AutogenException(ErrorKind.INTERNAL, "A row for table " + table + " holds a value of type "
                + value.getClass().getName() + ", which autogen cannot write into a revision; write this data change "
                + "by hand with op.execute(...).");
    }
}
