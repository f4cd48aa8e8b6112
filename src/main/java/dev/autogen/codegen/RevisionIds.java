package dev.autogen.codegen;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Revision ids and class names. A class name starts with the creation time, so a folder listing sorts
 * revisions by when they were made: {@code R20261124_130512_add_new_field_to_users}.
 */
public final class RevisionIds {
    private static final int ID_BYTES = 6;
    private static final int MAX_SLUG = 40;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RevisionIds() {
    }

    /** A new random revision id: 12 lower-case hex characters. */
    public static String newRevisionId() {
        byte[] bytes = new byte[ID_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code R} + the creation time as {@code yyyyMMdd_HHmmss} in UTC + {@code _} + {@link #slug} of the message. */
    public static String className(Instant created, String message) {
        return "R" + STAMP.format(created) + "_" + slug(message);
    }

    /**
     * The message as lower-case ASCII words joined by {@code _}, cut at a word boundary to about 40 characters;
     * {@code revision} when no word is left.
     */
    public static String slug(String message) {
        String ascii = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (slug.length() > 0 && slug.length() + 1 + word.length() > MAX_SLUG) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('_');
            }
            slug.append(word.length() > MAX_SLUG ? word.substring(0, MAX_SLUG) : word);
        }
        return slug.length() == 0 ? "revision" : slug.toString();
    }
}
