package dev.autogen.dialect;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** The dialects autogen ships, chosen from the JDBC URL or by name. */
public final class Dialects {
    private Dialects() {
    }

    /**
     * A new instance of every dialect on the class path, found through {@link ServiceLoader}
     * ({@code META-INF/services/dev.autogen.dialect.Dialect}), in the order URLs are matched: autogen's own first,
     * in the order its services file lists them, then any other jar's.
     */
    public static List<Dialect> all() {
        List<Dialect> found = new ArrayList<>();
        for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
            found.add(d);
        }
        // autogen's own dialects first, whatever the class path's order, so another jar's cannot take their URLs
        found.sort(java.util.Comparator.comparing(d -> d.getClass().getName().startsWith("dev.autogen.dialect.") ? 0 : 1));
        if (found.isEmpty()) {
            throw new AutogenException(ErrorKind.INTERNAL, "No database dialect was found on the class path"
                    + " (META-INF/services/dev.autogen.dialect.Dialect is missing from autogen's jar); reinstall autogen.");
        }
        return found;
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
                + " (URLs " + String.join(", ", all.stream().map(Dialect::urlPrefix).toList()) + ").");
    }

    private static String names(List<Dialect> all) {
        return String.join(", ", all.stream().map(Dialect::name).toList());
    }
}
