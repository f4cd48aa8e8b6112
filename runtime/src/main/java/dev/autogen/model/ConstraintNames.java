package dev.autogen.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Rules every generated constraint and index name follows, wherever it is made (naming convention, {@code Op}). */
public final class ConstraintNames {
    /** The longest identifier every supported database accepts (PostgreSQL: 63 bytes). */
    public static final int MAX_LENGTH = 63;

    private ConstraintNames() {
    }

    /** {@code name}, or when it is longer than {@link #MAX_LENGTH} its first 54 characters, {@code _} and a hash of the whole. */
    public static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_LENGTH - 9) + "_" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
