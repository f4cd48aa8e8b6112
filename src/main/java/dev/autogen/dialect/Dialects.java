package dev.autogen.dialect;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.dialect.h2.H2Dialect;
import dev.autogen.dialect.mariadb.MariaDbDialect;
import dev.autogen.dialect.mariadb.MySqlDialect;
import dev.autogen.dialect.postgres.PostgresDialect;

import java.util.List;
import java.util.Locale;

/** The dialects autogen ships, chosen from the JDBC URL or by name. */
public final class Dialects {
    private Dialects() {
    }

    /** A new instance of every supported dialect, in the order URLs are matched. */
    public static List<Dialect> all() {
        return List.of(new PostgresDialect(), new H2Dialect(), new MariaDbDialect(), new MySqlDialect());
    }

    /**
     * The dialect named by {@code override} (a configured {@code dialect}), or else the one accepting the URL.
     *
     * @throws AutogenException of kind CONFIG listing the supported databases
     */
    public static Dialect forUrl(String url, String override) {
        List<Dialect> all = all();
        if (override != null && !override.isBlank()) {
            String wanted = override.strip().toLowerCase(Locale.ROOT);
            for (Dialect d : all) {
                if (d.name().equals(wanted)) {
                    return d;
                }
            }
            throw new AutogenException(ErrorKind.CONFIG, "Unknown dialect '" + override + "'; the supported ones are "
                    + names(all) + ".");
        }
        for (Dialect d : all) {
            if (d.accepts(url)) {
                return d;
            }
        }
        String scheme = url == null ? "" : url.replaceFirst("^(jdbc:[^:]+).*$", "$1");
        throw new AutogenException(ErrorKind.CONFIG, "autogen does not support the database of '" + scheme
                + ":...'; the supported databases are " + names(all)
                + " (URLs jdbc:postgresql:, jdbc:h2:, jdbc:mariadb:, jdbc:mysql:).");
    }

    private static String names(List<Dialect> all) {
        return String.join(", ", all.stream().map(Dialect::name).toList());
    }
}
