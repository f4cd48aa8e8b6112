package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A revision's checksum: SHA-256 (hex) over the SQL its upgrade executes, so an applied revision whose
 * operations were edited afterwards can be told apart. Formatting-only edits of the source do not count.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The checksum of {@code revision}'s upgrade as {@code renderer} renders it. */
    public static String of(LoadedRevision revision, DdlRenderer renderer) {
        return of(RenderedOperation.statements(RenderedOperation.of(revision, Direction.UPGRADE, renderer)));
    }

    /** The checksum of these statements, in order (each statement's text and whether it runs outside a transaction). */
    public static String of(List<SqlStatement> statements) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SqlStatement s : statements) {
                sha.update(s.sql().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) (s.outsideTransaction() ? 1 : 0));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "This Java runtime has no SHA-256.", e);
        }
    }
}
