package dev.autogen.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options every command takes, before or after the subcommand name ({@code autogen -c x.properties upgrade head}
 * and {@code autogen upgrade head -c x.properties} mean the same). Each overrides the configuration key of the
 * same name and its {@code AUTOGEN_*} environment variable.
 */
public final class GlobalOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: ./autogen.properties).")
    Path config;

    @Option(names = "--url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Database JDBC URL (key: url, env: AUTOGEN_URL).")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, description = "Database user (key: user, env: AUTOGEN_USER).")
    String user;

    /** What picocli puts in {@link #password} for a bare {@code --password}: ask on the terminal. */
    private static final String ASK = "\u0000ask";

    @Option(names = "--password", scope = ScopeType.INHERIT, arity = "0..1", fallbackValue = ASK,
            description = "Database password (key: password, env: AUTOGEN_PASSWORD); without a value, asks for it.")
    String password;

    @Option(names = "--classpath", paramLabel = "PATHS", scope = ScopeType.INHERIT,
            description = "Folders and jars holding the entities, ',' or ':'-separated; 'lib/*.jar' globs (key: classpath).")
    String classpath;

    @Option(names = "--packages", paramLabel = "PKGS", scope = ScopeType.INHERIT,
            description = "Comma-separated packages to scan for entities (key: packages).")
    String packages;

    @Option(names = "--migrations", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of revision sources (key: migrations).")
    String migrations;

    @Option(names = "--dialect", scope = ScopeType.INHERIT,
            description = "postgresql, h2, mariadb or mysql; detected from the URL when not given (key: dialect).")
    String dialect;

    @Option(names = "--profile", paramLabel = "PROFILES", scope = ScopeType.INHERIT,
            description = "Spring Boot profiles whose application-PROFILE.yml/.properties are read, comma-separated (key: profile).")
    String profile;

    @Option(names = "--no-model-cache", scope = ScopeType.INHERIT,
            description = "Build the entity model with Hibernate even when the cached one is current (key: model_cache).")
    boolean noModelCache;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More detail, and a stack trace on errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Only errors and command results.")
    boolean quiet;

    /**
     * Reads the password from the terminal without echo. With no terminal (stdin a pipe or a file) there is no one
     * to ask, so this is a usage error instead of waiting on stdin.
     */
    private static String askPassword() {
        java.io.Console console = System.console();
        char[] typed = terminal(console) ? console.readPassword("Database password: ") : null;
        if (typed == null) {
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.USAGE, "--password without a value asks for"
                    + " the password on a terminal, but there is none here; pass --password=VALUE or set"
                    + " AUTOGEN_PASSWORD (or 'password' in autogen.properties).");
        }
        return new String(typed);
    }

    /** True for a console on a terminal (Java 22+ also gives a console when stdin is redirected). */
    static boolean terminal(java.io.Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a console exists only on a terminal
        }
    }

    /** The options given, by configuration key. */
    Map<String, String> overrides() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("url", url);
        o.put("user", user);
        o.put("password", password == null ? null : password.equals(ASK) ? askPassword() : password);
        o.put("classpath", classpath);
        o.put("packages", packages);
        o.put("migrations", migrations);
        o.put("dialect", dialect);
        o.put("model_cache", noModelCache ? "false" : null);
        o.put("profile", profile);
        o.values().removeIf(java.util.Objects::isNull);
        return o;
    }
}
