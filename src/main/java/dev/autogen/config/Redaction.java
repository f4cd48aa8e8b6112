package dev.autogen.config;

import java.util.regex.Pattern;

/** Removes secrets from text before anyone sees it: passwords in JDBC URLs and in messages. */
public final class Redaction {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;?]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

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
}
