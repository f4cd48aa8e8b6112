package dev.autogen.config;

import dev.autogen.apply.RunOptions;
import dev.autogen.apply.SafetyOptions;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.scan.ClasspathEntries;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link Settings} from three layers, later ones winning: the properties file ({@code autogen.properties}
 * in the working folder, or {@code -c FILE}), environment variables ({@code AUTOGEN_URL}, {@code AUTOGEN_USER},
 * ... — the key upper-cased with {@code AUTOGEN_} in front), and command-line options. Values may refer to
 * environment variables as {@code ${NAME}} or {@code ${NAME:-default}}.
 */
public final class SettingsLoader {
    /** The file looked for in the working folder when no {@code -c} is given. */
    public static final String DEFAULT_FILE = "autogen.properties";

    /** Every key autogen understands, with its one-line description (the configuration reference is built from this). */
    public static final Map<String, String> KEYS = keys();

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    /** The end of the message for a hibernate.* key that is none of Hibernate's settings. */
    private static final String NO_SUCH_SETTING = "Hibernate has no setting of that name and ignores it, so fix or"
            + " remove it (Hibernate's settings are the constants of org.hibernate.cfg.AvailableSettings).";

    /** The option that sets each key, for {@code autogen config}. */
    private static final Map<String, String> OPTIONS = Map.of("url", "--url", "user", "--user", "password",
            "--password", "classpath", "--classpath", "packages", "--packages", "migrations", "--migrations",
            "dialect", "--dialect", "model_cache", "--no-model-cache", "profile", "--profile");

    /** What a key that nobody sets amounts to, for {@code autogen config}. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("migrations", "migrations"),
            Map.entry("revision_package", Settings.DEFAULT_REVISION_PACKAGE),
            Map.entry("version_table", Settings.DEFAULT_VERSION_TABLE), Map.entry("lock_timeout", "60s"),
            Map.entry("transaction_per_run", "false"), Map.entry("post_write_hook_timeout", "120s"),
            Map.entry("model_cache", "true"), Map.entry("safety", "default"), Map.entry("online_lock_timeout", "5s"),
            Map.entry("online_statement_timeout", "0s"), Map.entry("online_lock_retries", "3"));

    private final Map<String, String> env;
    /** Read from Hibernate only when a hibernate.* key is there to check, so other commands load none of it. */
    private HibernateSettingNames hibernateNames;

    public SettingsLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("url", "JDBC URL of the database; unset means the embedded H2 database in target/autogen/dev");
        k.put("user", "database user");
        k.put("password", "database password (never printed; prefer ${ENV_VAR})");
        k.put("dialect", "postgresql, h2 or mariadb; detected from the URL when unset");
        k.put("classpath", "folders and jars with the compiled entities, ',' or ':'-separated; 'lib/*' or 'lib/*.jar' takes the jars in lib");
        k.put("sources", "entity source folders autogen compiles itself, ',' or ':'-separated (no build step needed)");
        k.put("packages", "comma-separated packages to scan for entities; unset scans everything on the classpath");
        k.put("migrations", "folder of revision sources (default: migrations)");
        k.put("revision_package", "Java package of generated revisions (default: migrations)");
        k.put("schemas", "comma-separated database schemas to manage; unset means the default schema");
        k.put("version_table", "table recording applied revisions (default: autogen_version)");
        k.put("include_tables", "comma-separated glob patterns of tables to compare; unset means all");
        k.put("exclude_tables", "comma-separated glob patterns of tables autogen ignores");
        k.put("include_objects", "comma-separated kind:pattern entries of objects to compare, e.g. index:ix_*; unset means all");
        k.put("exclude_objects", "comma-separated kind:pattern entries of objects autogen ignores, e.g. index:*_trgm,table:events");
        k.put("tenants", "the tenants of --all-tenants: schema names (t1, t2), query: SQL returning them, or file: PATH"
                + " of JDBC URLs or schema names, one per line");
        k.put("reference_tenant", "the tenant 'autogen -m' compares the entities with when tenants are set");
        k.put("safety", "online writes every autogenerated revision so it does not block writers (PostgreSQL:"
                + " CONCURRENTLY indexes, NOT VALID constraints validated later); default: the plain plan");
        k.put("online_lock_timeout", "how long a statement of an online revision waits for a table lock (default 5s)");
        k.put("online_statement_timeout", "how long a statement of an online revision may run (default 0s: no limit)");
        k.put("online_lock_retries", "how many times a transaction of an online revision that ran out of lock time is"
                + " run again, with growing pauses (default 3)");
        k.put("dev_url", "scratch database for 'check --replay' and revision verification");
        k.put("lock_timeout", "how long to wait for the migration lock, e.g. 60s, 5m, PT1M (default 60s)");
        k.put("transaction_per_run", "true runs a whole upgrade in one transaction (default: one per revision)");
        k.put("post_write_hook", "command run on each generated file, {file} replaced by its path");
        k.put("post_write_hook_timeout", "how long post_write_hook may run before it is stopped (default 120s)");
        k.put("profile", "Spring Boot profiles whose application-PROFILE.yml/.properties are read, comma-separated"
                + " (default: SPRING_PROFILES_ACTIVE, else spring.profiles.active)");
        k.put("model_cache", "false builds the entity model with Hibernate every time instead of reusing .autogen-cache/model (default: true)");
        k.put("naming_convention.*", "name patterns for constraints and indexes the entities leave unnamed, by kind"
                + " (pk, fk, uq, ck, ix), e.g. naming_convention.ck = ck_%(table)s_%(column)s; empty turns a kind off");
        k.put("hibernate.*", "any Hibernate setting, passed to the boot metamodel (e.g. hibernate.physical_naming_strategy)");
        k.put("jakarta.persistence.*", "passed to Hibernate like hibernate.*; jakarta.persistence.database-major-version"
                + " and -minor-version pin the server version the entity model is built for");
        return java.util.Collections.unmodifiableMap(k);
    }

    /**
     * Loads the settings.
     *
     * @param workingDir folder autogen runs in
     * @param configFile the {@code -c} file, or {@code null} for {@code autogen.properties} if present
     * @param overrides  values from command-line options, by key (only those given)
     */
    public Settings load(Path workingDir, Path configFile, Map<String, String> overrides) {
        return explain(workingDir, configFile, overrides).settings();
    }

    /**
     * Loads the settings and says where each came from. The layers, later ones winning: a Spring Boot
     * application's own configuration ({@code application.yml}, ...; see {@link SpringBootConfig}), the properties
     * file, {@code AUTOGEN_*} environment variables, {@code overrides}. Where Spring Boot is on the application's
     * class path and no naming strategy is set, Spring Boot's naming strategies apply, as in the application.
     */
    public EffectiveSettings explain(Path workingDir, Path configFile, Map<String, String> overrides) {
        Path file = configFile != null ? workingDir.resolve(configFile) : workingDir.resolve(DEFAULT_FILE);
        Path baseDir = (configFile != null && file.getParent() != null ? file.getParent() : workingDir)
                .toAbsolutePath().normalize();
        Map<String, String> fromFile = new TreeMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            readFile(file, fromFile, lines);
        } else if (configFile != null) {
            throw new AutogenException(ErrorKind.CONFIG, "Configuration file " + file + " does not exist; check the"
                    + " -c option, or run 'autogen init' to create one.");
        }
        Map<String, String> values = new TreeMap<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        String profile = firstOf(overrides.get("profile"), env.get("AUTOGEN_PROFILE"), fromFile.get("profile"),
                env.get("SPRING_PROFILES_ACTIVE"));
        SpringBootConfig.Result spring = new SpringBootConfig(env).read(baseDir, profile);
        java.util.Set<String> fromSpring = new java.util.HashSet<>();
        spring.values().forEach((k, v) -> {
            Origin origin = new Origin(v.origin(baseDir), v.file(), v.line());
            if (k.startsWith("hibernate.") && !hibernateNames().known(k)) {
                String springKey = v.springKey();
                throw new AutogenException(ErrorKind.CONFIG, origin.where() + "unknown Hibernate setting '" + springKey
                        + "'" + hibernateNames().nearest(k).map(n -> " (did you mean '" + springKey.replace(k, n) + "'?)")
                        .orElse("") + "; " + NO_SUCH_SETTING);
            }
            values.put(k, v.value());
            origins.put(k, origin);
            fromSpring.add(k);
            if (k.equals("revision_package") && Files.isDirectory(baseDir.resolve("src/main/java"))) {
                values.put("migrations", "src/main/java/" + v.value().strip().replace('.', '/'));
                origins.put("migrations", new Origin(origin.description() + ", its folder under src/main/java",
                        v.file(), v.line()));
                fromSpring.add("migrations");
            }
        });
        fromFile.forEach((k, v) -> {
            values.put(k, v);
            Integer line = lines.get(k);
            origins.put(k, new Origin(SpringBootConfig.relative(baseDir, file.toAbsolutePath().normalize())
                    + (line == null ? "" : ":" + line), file, line));
            fromSpring.remove(k);
        });
        for (String key : KEYS.keySet()) {
            String fromEnv = env.get("AUTOGEN_" + key.toUpperCase(Locale.ROOT));
            if (fromEnv != null && !key.endsWith("*")) {
                values.put(key, fromEnv);
                origins.put(key, new Origin("environment AUTOGEN_" + key.toUpperCase(Locale.ROOT), null, null));
                fromSpring.remove(key);
            }
        }
        overrides.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
                origins.put(k, new Origin("option " + OPTIONS.getOrDefault(k, k), null, null));
                fromSpring.remove(k);
            }
        });
        Map<String, String> resolved = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            // Spring Boot's placeholders were resolved as Spring Boot resolves them
            resolved.put(e.getKey(), fromSpring.contains(e.getKey()) ? e.getValue()
                    : interpolate(e.getKey(), e.getValue(), origins.get(e.getKey())));
        }
        SpringBootDefaults.apply(baseDir, resolved, origins);
        Settings settings = build(baseDir, resolved, origins);
        Map<String, String> descriptions = new TreeMap<>();
        origins.forEach((k, o) -> descriptions.put(k, o.description()));
        Map<String, String> shown = new TreeMap<>(DEFAULTS);
        shown.putAll(resolved);
        return new EffectiveSettings(settings, shown, descriptions, spring.files(), spring.profiles());
    }

    private HibernateSettingNames hibernateNames() {
        if (hibernateNames == null) {
            hibernateNames = HibernateSettingNames.fromClasspath(SettingsLoader.class.getClassLoader());
        }
        return hibernateNames;
    }

    /** Where a value was set: a description for {@code autogen config}, and a file and line for messages. */
    record Origin(String description, Path file, Integer line) {
        /** {@code file:line: }, or nothing when the value was not written in a file. */
        String where() {
            return file == null || line == null ? "" : file + ":" + line + ": ";
        }
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private void readFile(Path file, Map<String, String> values, Map<String, Integer> lines) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.CONFIG, "Cannot read configuration file " + file + ": "
                    + e.getMessage() + ".", e);
        }
        String[] raw = text.split("\r?\n", -1);
        boolean continued = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            boolean wasContinued = continued;
            boolean comment = !wasContinued && (line.startsWith("#") || line.startsWith("!"));
            // as java.util.Properties reads it: a comment line never continues, whatever it ends with
            continued = !comment && endsInContinuation(line);
            if (wasContinued || comment || line.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("^([^=:\\s]+)\\s*([=:\\s])?").matcher(line);
            if (!m.find() || m.group(2) == null) {
                throw new AutogenException(ErrorKind.CONFIG, file + ":" + (i + 1) + ": expected 'key = value' but found '"
                        + line + "'.");
            }
            String key = m.group(1);
            if (key.startsWith("spring.")) {
                throw new AutogenException(ErrorKind.CONFIG, file + ":" + (i + 1) + ": '" + key + "' is a Spring Boot"
                        + " key; autogen reads it from the application's own application.properties or application.yml"
                        + " (src/main/resources or config/), so remove it here and keep it there.");
            }
            if (!KEYS.containsKey(key) && !key.startsWith("hibernate.") && !key.startsWith("jakarta.persistence.")
                    && !key.startsWith("naming_convention.")) {
                throw new AutogenException(ErrorKind.CONFIG, file + ":" + (i + 1) + ": unknown key '" + key + "'"
                        + suggestion(key) + "; the keys are listed in docs/configuration.md.");
            }
            if (key.startsWith("hibernate.") && !hibernateNames().known(key)) {
                throw new AutogenException(ErrorKind.CONFIG, file + ":" + (i + 1) + ": unknown Hibernate setting '"
                        + key + "'" + hibernateNames().nearest(key).map(n -> " (did you mean '" + n + "'?)").orElse("")
                        + "; " + NO_SUCH_SETTING);
            }
            lines.put(key, i + 1);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new AutogenException(ErrorKind.CONFIG, "Configuration file " + file + " is malformed: "
                    + e.getMessage() + ".", e);
        }
        for (String name : p.stringPropertyNames()) {
            values.put(name, p.getProperty(name).strip());
        }
    }

    /** True when the line ends in an odd number of backslashes, which joins the next line to it. */
    private static boolean endsInContinuation(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String suggestion(String key) {
        return Suggestions.nearest(key, KEYS.keySet()).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    private String interpolate(String key, String value, Origin origin) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.get(m.group(1));
            if (v == null) {
                v = m.group(2);
            }
            if (v == null) {
                String where = origin == null ? "" : origin.where();
                throw new AutogenException(ErrorKind.CONFIG, where + "'" + key + "' refers to the environment variable "
                        + m.group(1) + ", which is not set; export it, or write ${" + m.group(1) + ":-default}.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Settings build(Path baseDir, Map<String, String> v, Map<String, Origin> origins) {
        Map<String, String> hibernate = new TreeMap<>();
        v.forEach((k, val) -> {
            if (k.startsWith("hibernate.") || k.startsWith("jakarta.persistence.")) {
                hibernate.put(k, val);
            }
        });
        Map<String, String> naming = new TreeMap<>();
        v.forEach((k, val) -> {
            if (k.startsWith("naming_convention.")) {
                naming.put(k.substring("naming_convention.".length()), val);
            }
        });
        List<Path> classpath = v.containsKey("classpath") ? ClasspathEntries.expand(baseDir, v.get("classpath")) : List.of();
        List<Path> sources = new ArrayList<>();
        for (String s : split(v.get("sources") == null ? null : v.get("sources").replace(',', ':'), ":")) {
            sources.add(baseDir.resolve(s).normalize());
        }
        Duration lockTimeout = v.containsKey("lock_timeout")
                ? duration("lock_timeout", v.get("lock_timeout"), where(origins.get("lock_timeout"))) : null;
        Duration hookTimeout = v.containsKey("post_write_hook_timeout") ? duration("post_write_hook_timeout",
                v.get("post_write_hook_timeout"), where(origins.get("post_write_hook_timeout"))) : null;
        String tpr = v.getOrDefault("transaction_per_run", "false").toLowerCase(Locale.ROOT);
        if (!tpr.equals("true") && !tpr.equals("false")) {
            throw new AutogenException(ErrorKind.CONFIG, where(origins.get("transaction_per_run"))
                    + "transaction_per_run must be true or false, not '" + tpr + "'.");
        }
        String modelCache = v.getOrDefault("model_cache", "true").toLowerCase(Locale.ROOT);
        if (!modelCache.equals("true") && !modelCache.equals("false")) {
            throw new AutogenException(ErrorKind.CONFIG, where(origins.get("model_cache"))
                    + "model_cache must be true or false, not '" + modelCache + "'.");
        }
        return new Settings(baseDir,
                new ConnectionOptions(blankToNull(v.get("url")), blankToNull(v.get("user")),
                        blankToNull(v.get("password")), blankToNull(v.get("dialect")), blankToNull(v.get("dev_url"))),
                new ModelOptions(classpath, sources, split(v.get("packages"), ","), hibernate,
                        Boolean.parseBoolean(modelCache), naming),
                new RevisionOptions(baseDir.resolve(v.getOrDefault("migrations", "migrations")).normalize(),
                        v.get("revision_package"), blankToNull(v.get("post_write_hook")), hookTimeout),
                new CompareOptions(split(v.get("schemas"), ","), split(v.get("include_tables"), ","),
                        split(v.get("exclude_tables"), ","), split(v.get("include_objects"), ","),
                        split(v.get("exclude_objects"), ",")),
                new RunOptions(v.get("version_table"), lockTimeout, Boolean.parseBoolean(tpr)),
                new FleetOptions(v.get("tenants"), v.get("reference_tenant")), safety(v, origins));
    }

    /** The {@code safety} and {@code online_*} keys. */
    private static SafetyOptions safety(Map<String, String> v, Map<String, Origin> origins) {
        String mode = v.getOrDefault("safety", "default").strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("default") && !mode.equals("online")) {
            throw new AutogenException(ErrorKind.CONFIG, where(origins.get("safety"))
                    + "safety must be default or online, not '" + mode + "'.");
        }
        Duration lock = v.containsKey("online_lock_timeout") ? duration("online_lock_timeout",
                v.get("online_lock_timeout"), where(origins.get("online_lock_timeout"))) : null;
        Duration statement = v.containsKey("online_statement_timeout") ? duration("online_statement_timeout",
                v.get("online_statement_timeout"), where(origins.get("online_statement_timeout"))) : null;
        int retries = SafetyOptions.DEFAULT_LOCK_RETRIES;
        if (v.containsKey("online_lock_retries")) {
            try {
                retries = Integer.parseInt(v.get("online_lock_retries").strip());
            } catch (NumberFormatException e) {
                throw new AutogenException(ErrorKind.CONFIG, where(origins.get("online_lock_retries"))
                        + "online_lock_retries must be a whole number, not '" + v.get("online_lock_retries") + "'.");
            }
        }
        return new SafetyOptions(mode.equals("online"), lock, statement, retries);
    }

    private static String where(Origin origin) {
        return origin == null ? "" : origin.where();
    }

    static Duration duration(String key, String text, String where) {
        Duration d = parseDuration(key, text, where);
        if (d.isNegative()) {
            throw new AutogenException(ErrorKind.CONFIG, where + key + " '" + text
                    + "' is negative; write a duration of zero or more, e.g. 30s, 5m or PT1M.");
        }
        return d;
    }

    private static Duration parseDuration(String key, String text, String where) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new AutogenException(ErrorKind.CONFIG, where + key + " '" + text
                    + "' is not a duration; write e.g. 30s, 5m or PT1M.");
        }
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
