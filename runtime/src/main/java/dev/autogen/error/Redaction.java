package dev.autogen.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from text before anyone sees it: passwords in JDBC URLs and in messages. */
public final class Redaction {
    /** A password parameter runs to the next '&' or white space: a ';' may be part of it (PostgreSQL, MariaDB). */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]*@");
    private static final Pattern PASSWORD_VALUE = Pattern.compile("(?i)password=([^&\\s]*)");
    private static final Pattern USER_INFO_VALUE = Pattern.compile("//[^/:@\\s]+:([^@/\\s]*)@");

    private Redaction() {
    }

    /** The URL with any password parameter or user-info password replaced by {@code ****}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String s = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(s).replaceAll("$1****@");
    }

    /** The text with every occurrence of {@code secret} replaced by {@code ****}. */
    public static String secret(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "****");
    }

    /**
     * The passwords written into {@code url}: a {@code password=} parameter (whole, and up to a ';' for H2-style
     * URLs) and a {@code user:password@} part. Drivers repeat them in their own words, so messages are cleaned of
     * these values wherever they appear, not only next to {@code password=}.
     */
    public static List<String> secrets(String url) {
        Set<String> found = new LinkedHashSet<>();
        if (url != null) {
            Matcher p = PASSWORD_VALUE.matcher(url);
            while (p.find()) {
                found.add(p.group(1));
                int semicolon = p.group(1).indexOf(';');
                if (semicolon > 0) {
                    found.add(p.group(1).substring(0, semicolon));
                }
            }
            Matcher u = USER_INFO_VALUE.matcher(url);
            while (u.find()) {
                found.add(u.group(1));
            }
        }
        found.removeIf(String::isEmpty);
        return List.copyOf(found);
    }

    /** The text with URL passwords and each of {@code secrets} (longest first) replaced by {@code ****}. */
    public static String all(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(secrets);
        sorted.removeIf(s -> s == null || s.isEmpty());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String s = text;
        for (String secret : sorted) {
            s = s.replace(secret, "****");
        }
        return url(s);
    }
}
