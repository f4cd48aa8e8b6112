package dev.autogen.metadata;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the constraints and indexes a mapping leaves unnamed, in the spirit of Alembic's
 * {@code naming_convention}: one pattern per kind ({@code pk}, {@code fk}, {@code uq}, {@code ck}, {@code ix}) with
 * the tokens {@code %(table)s}, {@code %(column)s} (the first column), {@code %(columns)s} (every column, joined
 * by {@code _}) and {@code %(referred_table)s}. The same entity gives the same name on every database, so a
 * revision written on one database drops the same object on another.
 *
 * <p>Hibernate names foreign keys, unique keys and indexes itself ({@code FK…}, {@code UK…}, {@code IDX…}
 * hashes) when the mapping does not; a configured {@code fk}, {@code uq} or {@code ix} pattern replaces those
 * hashes, never a name the mapping states. Primary keys and checks have no name in Hibernate's model; the
 * defaults name them {@code pk_%(table)s} and {@code ck_%(table)s_%(columns)s} (the columns a table check names, in the order it names them). A name longer than 63 characters
 * (PostgreSQL's limit, the shortest of the supported databases) keeps its first 54 and a hash of the whole.
 */
public final class NamingConvention {
    /** The kinds a pattern can be given for, with what each names. */
    public static final Map<String, String> KINDS = kinds();
    /** Patterns used for a kind the settings leave out. */
    public static final Map<String, String> DEFAULTS = Map.of("pk", "pk_%(table)s", "ck", "ck_%(table)s_%(columns)s");
    /** The longest identifier every supported database accepts (PostgreSQL: 63 bytes). */
    public static final int MAX_LENGTH = dev.autogen.model.ConstraintNames.MAX_LENGTH;

    private static final Pattern TOKEN = Pattern.compile("%\\((\\w+)\\)s");
    private static final Set<String> TOKENS = Set.of("table", "column", "columns", "referred_table");
    /** The names Hibernate's implicit naming gives: a prefix and a base-35 hash of the parts. */
    private static final Pattern HIBERNATE_HASH = Pattern.compile("(?i)(FK|UK|IDX)[0-9a-z]{16,}");

    private final Map<String, String> patterns;

    private NamingConvention(Map<String, String> patterns) {
        this.patterns = patterns;
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("pk", "primary keys");
        kinds.put("fk", "foreign keys");
        kinds.put("uq", "unique constraints");
        kinds.put("ck", "check constraints");
        kinds.put("ix", "indexes");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** The defaults ({@link #DEFAULTS}). */
    public static NamingConvention defaults() {
        return of(Map.of());
    }

    /**
     * The defaults with {@code configured} patterns over them, keyed by kind; an empty pattern turns a kind's
     * default off (Hibernate's name, or the database's for a primary key or check, is kept).
     *
     * @throws AutogenException of kind {@code CONFIG} for an unknown kind or token, or a pattern without
     *                          {@code %(table)s}; the message names the setting ({@code naming_convention.ck})
     */
    public static NamingConvention of(Map<String, String> configured) {
        Map<String, String> patterns = new TreeMap<>(DEFAULTS);
        for (Map.Entry<String, String> e : configured.entrySet()) {
            String kind = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!KINDS.containsKey(kind)) {
                throw new AutogenException(ErrorKind.CONFIG, "naming_convention." + e.getKey() + " is not a kind"
                        + " autogen names; use one of naming_convention." + String.join(", naming_convention.",
                        KINDS.keySet()) + ".");
            }
            String pattern = e.getValue() == null ? "" : e.getValue().strip();
            if (pattern.isEmpty()) {
                patterns.remove(kind);
                continue;
            }
            Matcher token = TOKEN.matcher(pattern);
            while (token.find()) {
                if (!TOKENS.contains(token.group(1)) || "referred_table".equals(token.group(1)) && !"fk".equals(kind)) {
                    throw new AutogenException(ErrorKind.CONFIG, "naming_convention." + kind + " = " + pattern
                            + ": %(" + token.group(1) + ")s is not a token autogen knows for " + KINDS.get(kind)
                            + "; use %(table)s, %(column)s, %(columns)s" + ("fk".equals(kind)
                            ? " or %(referred_table)s." : "."));
                }
            }
            if (!pattern.contains("%(table)s")) {
                throw new AutogenException(ErrorKind.CONFIG, "naming_convention." + kind + " = " + pattern
                        + " has no %(table)s, so two tables would give the same name; add %(table)s.");
            }
            String rest = TOKEN.matcher(pattern).replaceAll("");
            if (!rest.matches("[A-Za-z0-9_$]*")) {
                throw new AutogenException(ErrorKind.CONFIG, "naming_convention." + kind + " = " + pattern
                        + ": only letters, digits, _ and $ may stand beside the tokens, so the name needs no quotes.");
            }
            patterns.put(kind, pattern);
        }
        return new NamingConvention(patterns);
    }

    /** The patterns in force, by kind (for the model cache's key and for {@code autogen config}). */
    public Map<String, String> patterns() {
        return java.util.Collections.unmodifiableMap(patterns);
    }

    /** Whether {@code name} is one Hibernate made up (a hash) rather than one the mapping states. */
    static boolean isHibernateHash(String name) {
        return name != null && HIBERNATE_HASH.matcher(name).matches();
    }

    /**
     * The name of a {@code kind} over {@code columns} of {@code table} (physical names, as the mapping spells them),
     * or {@code null} when no pattern is set for the kind.
     */
    String name(String kind, String table, List<String> columns, String referredTable) {
        String pattern = patterns.get(kind);
        if (pattern == null) {
            return null;
        }
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String value = switch (token.group(1)) {
                case "table" -> table;
                case "column" -> columns.isEmpty() ? "" : columns.get(0);
                case "columns" -> String.join("_", columns);
                default -> referredTable == null ? "" : referredTable;
            };
            token.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        token.appendTail(out);
        String name = out.toString().replaceAll("_{2,}", "_").replaceAll("_$", "");
        return shorten(name);
    }

    /** {@code name}, or when it is longer than {@link #MAX_LENGTH} its first 54 characters, {@code _} and a hash. */
    static String shorten(String name) {
        return dev.autogen.model.ConstraintNames.shorten(name);
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
