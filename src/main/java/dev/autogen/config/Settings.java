package dev.autogen.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything autogen is configured with, built once (by {@link SettingsLoader} for the CLI, or by the
 * library API) and passed down. {@code toString()} never shows the password.
 *
 * @param baseDir           folder relative paths are resolved against (where autogen.properties lives)
 * @param url               JDBC URL; {@code null} means the embedded H2 default inside the project
 * @param user              database user, or {@code null}
 * @param password          database password, or {@code null}; never printed
 * @param classpath         folders and jars holding the entity classes (globs already expanded)
 * @param sources           entity source folders autogen compiles itself (no build step needed), or empty
 * @param packages          packages to scan for entities; empty means the whole classpath
 * @param migrations        folder of revision sources
 * @param revisionPackage   Java package of generated revision classes
 * @param schemas           database schemas to compare; empty means the connection's default schema
 * @param versionTable      name of the version table
 * @param includeTables     glob patterns of table names to compare; empty means all
 * @param excludeTables     glob patterns of table names to ignore
 * @param dialect           dialect name overriding detection from the URL, or {@code null}
 * @param devUrl            scratch database URL for replay and verification, or {@code null}
 * @param lockTimeout       how long to wait for the migration lock
 * @param transactionPerRun run a whole upgrade in one transaction instead of one per revision
 * @param postWriteHook     command run on each generated file ({@code {file}} is replaced), or {@code null}
 * @param hookTimeout       how long the post-write hook may run before it is stopped
 * @param hibernate         extra {@code hibernate.*} settings passed to Hibernate's boot metamodel
 * @param modelCache        reuse the entity model cached in {@code .autogen-cache/model} when nothing that feeds it
 *                          changed; {@code false} always builds it with Hibernate
 * @param includeObjects    {@code kind:pattern} entries of objects to compare; none means all
 * @param excludeObjects    {@code kind:pattern} entries of objects to ignore
 * @param namingConvention  naming convention patterns by kind ({@code pk}, {@code fk}, {@code uq}, {@code ck},
 *                          {@code ix}) over the defaults; see {@code dev.autogen.metadata.NamingConvention}
 * @param fleet             the tenants of a fleet, if any
 * @param safety            online plans and the timeouts of online revisions ({@code safety=online}, PostgreSQL)
 */
public record Settings(Path baseDir, String url, String user, String password, List<Path> classpath,
                       List<Path> sources, List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                       String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                       String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                       Duration hookTimeout, Map<String, String> hibernate, boolean modelCache,
                       List<String> includeObjects, List<String> excludeObjects,
                       Map<String, String> namingConvention, FleetOptions fleet, SafetyOptions safety) {

    public static final String DEFAULT_VERSION_TABLE = "autogen_version";
    public static final String DEFAULT_REVISION_PACKAGE = "migrations";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_HOOK_TIMEOUT = Duration.ofSeconds(120);

    public Settings {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(migrations, "migrations");
        classpath = List.copyOf(classpath);
        sources = List.copyOf(sources);
        packages = List.copyOf(packages);
        schemas = List.copyOf(schemas);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        hibernate = Map.copyOf(hibernate);
        versionTable = versionTable == null || versionTable.isBlank() ? DEFAULT_VERSION_TABLE : versionTable;
        revisionPackage = revisionPackage == null || revisionPackage.isBlank() ? DEFAULT_REVISION_PACKAGE : revisionPackage;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        hookTimeout = hookTimeout == null ? DEFAULT_HOOK_TIMEOUT : hookTimeout;
        includeObjects = includeObjects == null ? List.of() : List.copyOf(includeObjects);
        excludeObjects = excludeObjects == null ? List.of() : List.copyOf(excludeObjects);
        namingConvention = namingConvention == null ? Map.of() : Map.copyOf(namingConvention);
        fleet = fleet == null ? FleetOptions.NONE : fleet;
        safety = safety == null ? SafetyOptions.DEFAULT : safety;
        if (lockTimeout.isNegative() || hookTimeout.isNegative()) {
            throw new dev.autogen.AutogenException(dev.autogen.ErrorKind.CONFIG, "lock_timeout and"
                    + " post_write_hook_timeout cannot be negative (got " + lockTimeout + " and " + hookTimeout
                    + "); write e.g. 30s, or 0s not to wait.");
        }
    }

    /** Settings with the default safety (plain plans). */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Duration hookTimeout, Map<String, String> hibernate, boolean modelCache,
                    List<String> includeObjects, List<String> excludeObjects, Map<String, String> namingConvention,
                    FleetOptions fleet) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects, namingConvention,
                fleet, SafetyOptions.DEFAULT);
    }

    /** Settings without tenants. */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Duration hookTimeout, Map<String, String> hibernate, boolean modelCache,
                    List<String> includeObjects, List<String> excludeObjects, Map<String, String> namingConvention) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects, namingConvention,
                FleetOptions.NONE);
    }

    /** Settings with the default naming convention. */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Duration hookTimeout, Map<String, String> hibernate, boolean modelCache,
                    List<String> includeObjects, List<String> excludeObjects) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects, Map.of());
    }

    /** Settings without object filters. */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Duration hookTimeout, Map<String, String> hibernate, boolean modelCache) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, List.of(), List.of());
    }

    /** Settings with the default post-write hook time limit. */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Map<String, String> hibernate) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, null, hibernate);
    }

    /** Settings with the entity model cache on. */
    public Settings(Path baseDir, String url, String user, String password, List<Path> classpath, List<Path> sources,
                    List<String> packages, Path migrations, String revisionPackage, List<String> schemas,
                    String versionTable, List<String> includeTables, List<String> excludeTables, String dialect,
                    String devUrl, Duration lockTimeout, boolean transactionPerRun, String postWriteHook,
                    Duration hookTimeout, Map<String, String> hibernate) {
        this(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage, schemas,
                versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, true);
    }

    /** Settings with defaults for everything but the folder, the URL and the migrations folder. */
    public static Settings defaults(Path baseDir) {
        return new Settings(baseDir, null, null, null, List.of(), List.of(), List.of(), baseDir.resolve("migrations"),
                DEFAULT_REVISION_PACKAGE, List.of(), DEFAULT_VERSION_TABLE, List.of(), List.of(), null, null,
                DEFAULT_LOCK_TIMEOUT, false, null, Map.of());
    }

    public Settings withUrl(String newUrl, String newUser, String newPassword) {
        return new Settings(baseDir, newUrl, newUser, newPassword, classpath, sources, packages, migrations, revisionPackage,
                schemas, versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects,
                namingConvention, fleet, safety);
    }

    public Settings withMigrations(Path newMigrations) {
        return new Settings(baseDir, url, user, password, classpath, sources, packages, newMigrations, revisionPackage,
                schemas, versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects,
                namingConvention, fleet, safety);
    }

    public Settings withModel(List<Path> newClasspath, List<String> newPackages) {
        return new Settings(baseDir, url, user, password, newClasspath, sources, newPackages, migrations, revisionPackage,
                schemas, versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects,
                namingConvention, fleet, safety);
    }

    public Settings withSchemas(List<String> newSchemas) {
        return new Settings(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage,
                newSchemas, versionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout,
                transactionPerRun, postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects,
                namingConvention, fleet, safety);
    }

    /** These settings with another version table ({@code schema.table} qualifies it). */
    public Settings withVersionTable(String newVersionTable) {
        return new Settings(baseDir, url, user, password, classpath, sources, packages, migrations, revisionPackage,
                schemas, newVersionTable, includeTables, excludeTables, dialect, devUrl, lockTimeout, transactionPerRun,
                postWriteHook, hookTimeout, hibernate, modelCache, includeObjects, excludeObjects, namingConvention, fleet, safety);
    }

    @Override
    public String toString() {
        return "Settings[url=" + Redaction.url(url) + ", user=" + user + ", password=" + (password == null ? "<none>" : "****")
                + ", classpath=" + classpath + ", sources=" + sources + ", packages=" + packages + ", migrations=" + migrations
                + ", revisionPackage=" + revisionPackage + ", schemas=" + schemas + ", versionTable=" + versionTable
                + ", includeTables=" + includeTables + ", excludeTables=" + excludeTables + ", dialect=" + dialect
                + ", devUrl=" + Redaction.url(devUrl) + ", lockTimeout=" + lockTimeout + ", transactionPerRun=" + transactionPerRun
                + ", postWriteHook=" + postWriteHook + ", hookTimeout=" + hookTimeout + ", hibernate=" + hibernate.keySet() + ", modelCache=" + modelCache
                + ", includeObjects=" + includeObjects + ", excludeObjects=" + excludeObjects
                + ", namingConvention=" + namingConvention + ", fleet=" + fleet + ", safety=" + safety + "]";
    }
}
