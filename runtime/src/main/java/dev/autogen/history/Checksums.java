package dev.autogen.history;

import dev.autogen.runtime.Direction;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.operation.Operation;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A revision's checksums, so an applied revision whose upgrade or downgrade was edited afterwards can be told
 * apart. They cover the operations the revision records, not the SQL they render to, so a new autogen version
 * that writes SQL differently does not make applied revisions look edited; formatting-only edits of the source
 * do not count either. Components holding nothing ({@code null}, {@code false}, zero, empty) are left out, so a
 * field added to an operation later does not change the checksums of revisions that do not use it.
 *
 * <p>The text is {@value #PREFIX} and the base64 SHA-256 of that canonical form: 47 characters. A checksum of
 * 64 hex characters is the earlier format, SHA-256 over the rendered upgrade SQL ({@link #ofLegacy}).
 */
public final class Checksums {
    /** Marks checksums over recorded operations (format 1). */
    public static final String PREFIX = "o1:";

    private Checksums() {
    }

    /** The checksum of {@code revision}'s upgrade or downgrade operations. */
    public static String of(LoadedRevision revision, Direction direction) {
        return ofOperations(RenderedOperation.operations(revision, direction));
    }

    /**
     * The checksum of {@code revision}'s downgrade; a downgrade that throws instead of recording operations
     * (one written to refuse) is checksummed by what it throws, so that a revision can still be applied.
     */
    public static String ofDowngrade(LoadedRevision revision) {
        try {
            return of(revision, Direction.DOWNGRADE);
        } catch (AutogenException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return PREFIX + Base64.getEncoder().encodeToString(sha256(("throws " + cause.getClass().getName() + ": "
                    + cause.getMessage()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The checksum of these operations, in order. */
    public static String ofOperations(List<Operation> operations) {
        StringBuilder text = new StringBuilder();
        operations.forEach(op -> canonical(op, text.append('\n')));
        return PREFIX + Base64.getEncoder().encodeToString(sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code checksum} is in the current format (over operations). */
    public static boolean current(String checksum) {
        return checksum != null && checksum.startsWith(PREFIX);
    }

    /** The earlier format: the checksum of {@code revision}'s upgrade SQL as {@code renderer} renders it. */
    public static String ofLegacy(LoadedRevision revision, DdlRenderer renderer) {
        return of(RenderedOperation.statements(RenderedOperation.of(revision, Direction.UPGRADE, renderer)));
    }

    /** SHA-256 (hex) of these statements, in order (each statement's text and whether it runs outside a transaction or in a new one). */
    public static String of(List<SqlStatement> statements) {
        MessageDigest sha = digest();
        for (SqlStatement s : statements) {
            sha.update(s.sql().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) (s.outsideTransaction() ? 1 : 0));
            if (s.newTransaction()) {
                sha.update((byte) 2); // only when set, so the checksums of statements before the flag stay as they were
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Writes a value as {@code Type{component=value,...}}, skipping components that hold nothing. */
    private static void canonical(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            boolean first = true;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object v = read(record, component);
                if (empty(v)) {
                    continue;
                }
                out.append(first ? "" : ",").append(component.getName()).append('=');
                canonical(v, out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                canonical(item, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            canonical(new TreeMap<>(map).entrySet().stream().map(e -> List.of(String.valueOf(e.getKey()), e.getValue()))
                    .toList(), out);
        } else if (value instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else {
            out.append(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
        }
    }

    private static boolean empty(Object v) {
        return v == null || Boolean.FALSE.equals(v) || Integer.valueOf(0).equals(v) || Long.valueOf(0).equals(v)
                || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty())
                || (v instanceof java.util.Optional<?> o && o.isEmpty());
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "Cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName() + " for its checksum: " + e + ".", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "This Java runtime has no SHA-256.", e);
        }
    }
}
