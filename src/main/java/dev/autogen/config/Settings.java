package dev.autogen.config;

import dev.autogen.apply.RunOptions;
import dev.autogen.apply.SafetyOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything autogen is configured with, built once (by {@link SettingsLoader} for the CLI, or by the
 * library API) and passed down: a few small option records, one per concern, each read where it is needed.
 * {@code toString()} never shows the password.
 *
 * @param baseDir    folder relative paths are resolved against (where autogen.properties lives)
 * @param connection where the database is and how to log in; the scratch database for replay
 * @param model      where the entities are and how Hibernate reads them
 * @param revisions  where revisions are written and what runs on each written file
 * @param compare    what the comparison looks at: schemas, table and object filters
 * @param run        how revisions are applied: the version table, the migration lock, the transaction policy
 * @param fleet      the tenants of a fleet, if any
 * @param safety     online plans and the timeouts of online revisions ({@code safety=online}, PostgreSQL)
 */
public record Settings(Path baseDir, ConnectionOptions connection, ModelOptions model, RevisionOptions revisions,
                       CompareOptions compare, RunOptions run, FleetOptions fleet, SafetyOptions safety) {

    public static final String DEFAULT_VERSION_TABLE = RunOptions.DEFAULT_VERSION_TABLE;
    public static final String DEFAULT_REVISION_PACKAGE = RevisionOptions.DEFAULT_REVISION_PACKAGE;
    public static final Duration DEFAULT_LOCK_TIMEOUT = RunOptions.DEFAULT_LOCK_TIMEOUT;
    public static final Duration DEFAULT_HOOK_TIMEOUT = RevisionOptions.DEFAULT_HOOK_TIMEOUT;

    public Settings {
        Objects.requireNonNull(baseDir, "baseDir");
        connection = connection == null ? ConnectionOptions.NONE : connection;
        model = model == null ? ModelOptions.NONE : model;
        Objects.requireNonNull(revisions, "revisions");
        compare = compare == null ? CompareOptions.ALL : compare;
        run = run == null ? RunOptions.DEFAULT : run;
        fleet = fleet == null ? FleetOptions.NONE : fleet;
        safety = safety == null ? SafetyOptions.DEFAULT : safety;
    }

    /** Settings with defaults for everything but the folder: the embedded database, migrations in baseDir/migrations. */
    public static Settings defaults(Path baseDir) {
        return new Settings(baseDir, ConnectionOptions.NONE, ModelOptions.NONE,
                RevisionOptions.in(baseDir.resolve("migrations")), CompareOptions.ALL, RunOptions.DEFAULT,
                FleetOptions.NONE, SafetyOptions.DEFAULT);
    }

    public Settings withConnection(ConnectionOptions newConnection) {
        return new Settings(baseDir, newConnection, model, revisions, compare, run, fleet, safety);
    }

    public Settings withModel(ModelOptions newModel) {
        return new Settings(baseDir, connection, newModel, revisions, compare, run, fleet, safety);
    }

    public Settings withRevisions(RevisionOptions newRevisions) {
        return new Settings(baseDir, connection, model, newRevisions, compare, run, fleet, safety);
    }

    public Settings withCompare(CompareOptions newCompare) {
        return new Settings(baseDir, connection, model, revisions, newCompare, run, fleet, safety);
    }

    public Settings withRun(RunOptions newRun) {
        return new Settings(baseDir, connection, model, revisions, compare, newRun, fleet, safety);
    }

    public Settings withFleet(FleetOptions newFleet) {
        return new Settings(baseDir, connection, model, revisions, compare, run, newFleet, safety);
    }

    public Settings withSafety(SafetyOptions newSafety) {
        return new Settings(baseDir, connection, model, revisions, compare, run, fleet, newSafety);
    }

    /** These settings on another database, with its user and password (the dialect and dev_url are kept). */
    public Settings withUrl(String newUrl, String newUser, String newPassword) {
        return withConnection(new ConnectionOptions(newUrl, newUser, newPassword, connection.dialect(), connection.devUrl()));
    }

    public Settings withMigrations(Path newMigrations) {
        return withRevisions(new RevisionOptions(newMigrations, revisions.revisionPackage(), revisions.postWriteHook(),
                revisions.hookTimeout()));
    }

    /** These settings with the entities read from {@code newClasspath}, in {@code newPackages}. */
    public Settings withModel(List<Path> newClasspath, List<String> newPackages) {
        return withModel(new ModelOptions(newClasspath, model.sources(), newPackages, model.hibernate(),
                model.modelCache(), model.namingConvention()));
    }

    public Settings withSchemas(List<String> newSchemas) {
        return withCompare(new CompareOptions(newSchemas, compare.includeTables(), compare.excludeTables(),
                compare.includeObjects(), compare.excludeObjects()));
    }

    /** These settings with another version table ({@code schema.table} qualifies it). */
    public Settings withVersionTable(String newVersionTable) {
        return withRun(new RunOptions(newVersionTable, run.lockTimeout(), run.transactionPerRun()));
    }

    // The accessors below read through to the option record that holds each value.

    public String url() {
        return connection.url();
    }

    public String user() {
        return connection.user();
    }

    public String password() {
        return connection.password();
    }

    public String dialect() {
        return connection.dialect();
    }

    public String devUrl() {
        return connection.devUrl();
    }

    public List<Path> classpath() {
        return model.classpath();
    }

    public List<Path> sources() {
        return model.sources();
    }

    public List<String> packages() {
        return model.packages();
    }

    public Map<String, String> hibernate() {
        return model.hibernate();
    }

    public boolean modelCache() {
        return model.modelCache();
    }

    public Map<String, String> namingConvention() {
        return model.namingConvention();
    }

    public Path migrations() {
        return revisions.migrations();
    }

    public String revisionPackage() {
        return revisions.revisionPackage();
    }

    public String postWriteHook() {
        return revisions.postWriteHook();
    }

    public Duration hookTimeout() {
        return revisions.hookTimeout();
    }

    public List<String> schemas() {
        return compare.schemas();
    }

    public List<String> includeTables() {
        return compare.includeTables();
    }

    public List<String> excludeTables() {
        return compare.excludeTables();
    }

    public List<String> includeObjects() {
        return compare.includeObjects();
    }

    public List<String> excludeObjects() {
        return compare.excludeObjects();
    }

    public String versionTable() {
        return run.versionTable();
    }

    public Duration lockTimeout() {
        return run.lockTimeout();
    }

    public boolean transactionPerRun() {
        return run.transactionPerRun();
    }

    @Override
    public String toString() {
        return "Settings[baseDir=" + baseDir + ", " + connection + ", " + model + ", " + revisions + ", " + compare
                + ", " + run + ", fleet=" + fleet + ", safety=" + safety + "]";
    }
}
