package dev.autogen.config;

import dev.autogen.error.Redaction;

/**
 * Where the database is and how to log in, one of the small option records {@link Settings} is made of.
 * {@code toString()} never shows the password, nor one written in a URL.
 *
 * @param url      JDBC URL; {@code null} means the embedded H2 default inside the project
 * @param user     database user, or {@code null}
 * @param password database password, or {@code null}; never printed
 * @param dialect  dialect name overriding detection from the URL, or {@code null}
 * @param devUrl   scratch database URL for replay and verification, or {@code null}
 */
public record ConnectionOptions(String url, String user, String password, String dialect, String devUrl) {
    /** No URL: the embedded database. */
    public static final ConnectionOptions NONE = new ConnectionOptions(null, null, null, null, null);

    @Override
    public String toString() {
        return "url=" + Redaction.url(url) + ", user=" + user + ", password=" + (password == null ? "<none>" : "****")
                + ", dialect=" + dialect + ", devUrl=" + Redaction.url(devUrl);
    }
}
