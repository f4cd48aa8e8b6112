package dev.autogen;

import dev.autogen.apply.ProgressListener;
import dev.autogen.apply.RunResult;
import dev.autogen.apply.Runner;
import dev.autogen.compare.TypeEquivalences;
import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RevisionGraph;
import dev.autogen.lint.Finding;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.operation.Risk;
import dev.autogen.usecase.CheckResult;
import dev.autogen.usecase.DriftCheck;
import dev.autogen.usecase.Project;
import dev.autogen.usecase.Replay;
import dev.autogen.usecase.ReplayResult;
import dev.autogen.usecase.RevisionAuthor;
import dev.autogen.usecase.RevisionLint;
import dev.autogen.usecase.RevisionOutcome;
import dev.autogen.usecase.RevisionRequest;
import dev.autogen.usecase.StampCheck;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * autogen's library API: configure once, then diff, write revisions, and apply them. The CLI, the Maven plugin
 * and the Spring Boot starter are thin layers over this class, and this class is a thin layer over the use cases
 * of {@code dev.autogen.usecase}, each working on one {@link Project}. Results are typed values; nothing is
 * printed.
 *
 * <p>An application that ships its revisions compiled in its jar brings its database up to date at start-up with
 * <pre>{@code
 * Autogen.builder().dataSource(dataSource).revisionsOnClasspath().build().upgrade("head");
 * }</pre>
 *
 * <p>An instance is safe to share between threads: it holds no connection between calls and no state besides
 * the revision list, loaded (and compiled, cached by content) once, under the project's lock. Every change to
 * the database happens under the dialect's migration lock (a PostgreSQL advisory lock, ...), so two threads or
 * two processes upgrading at once apply each revision once.
 */
public final class Autogen {
    private final Project project;

    private Autogen(Project project) {
        this.project = project;
    }

    /** Configured as the CLI is: the settings' URL, revisions in the migrations folder and on the classpath. */
    public static Autogen of(Settings settings, ProgressListener listener) {
        return new Autogen(Project.of(settings, listener));
    }

    /** The facade over {@code project} (the builder's, a tenant's, a scratch database's). */
    static Autogen over(Project project) {
        return new Autogen(project);
    }

    /** A builder for applications: a DataSource or URL, where the revisions are, and optional settings. */
    public static AutogenBuilder builder() {
        return new AutogenBuilder();
    }

    /** The project this instance works on: what the use cases of {@code dev.autogen.usecase} take. */
    public Project project() {
        return project;
    }

    public Settings settings() {
        return project.settings();
    }

    public Dialect dialect() {
        return project.dialect();
    }

    /** True when no URL is configured and the embedded H2 database in target/autogen/dev is used. */
    public boolean embedded() {
        return project.embedded();
    }

    /** The database URL without any password in it. */
    public String displayUrl() {
        return project.displayUrl();
    }

    /** A new connection to the configured database; the caller closes it. */
    public Connection connect() throws SQLException {
        return project.connect();
    }

    /** What the entities describe, in the neutral model, filtered by include/exclude patterns. */
    public SchemaModel entityModel() {
        return project.entityModel();
    }

    /** What the live database holds, in the neutral model, filtered; the version table never appears. */
    public SchemaModel databaseModel() {
        return project.databaseModel();
    }

    /** The operations that bring the database to the entity model. */
    public Plan diff() {
        return project.diff();
    }

    /** The sentence saying how {@code op} loses data, if it does (its {@code DATA LOSS} risks, joined). */
    public Optional<String> dataLoss(Operation op) {
        return project.dataLoss(op);
    }

    /** How {@code op} can lose data or fail on existing rows, on tables that exist already. */
    public List<Risk> risks(Operation op) {
        return project.risks(op);
    }

    /** The risks of each operation of a revision whose upgrade and downgrade are {@code plans}. */
    public Function<Operation, List<Risk>> risks(Plan... plans) {
        return project.risks(plans);
    }

    /** One line describing {@code op}, as the revision header lists it. */
    public String describe(Operation op) {
        return project.describe(op);
    }

    /** The revisions in the migrations folder, on the configured classpath and on the application's class loader. */
    public List<LoadedRevision> revisions() {
        return project.revisions();
    }

    /** The revision graph, without touching the database. */
    public RevisionGraph graph() {
        return project.graph();
    }

    /** The runner that applies, undoes and stamps revisions on the configured database. */
    public Runner runner() {
        return project.runner();
    }

    /**
     * Applies what {@code target} needs ({@code head}, {@code heads}, {@code +1}, a revision id, ...) under the
     * migration lock; the version table is created if missing.
     */
    public RunResult upgrade(String target) {
        return runner().upgrade(target);
    }

    /** Undoes every applied revision that follows {@code target} ({@code -1}, {@code base}, an id, ...). */
    public RunResult downgrade(String target) {
        return runner().downgrade(target);
    }

    /** The database's current heads: the applied revisions no other applied revision follows; empty at base. */
    public Set<String> current() {
        return runner().current();
    }

    /**
     * Whether the database is at head, no applied revision was edited, and the entities match the database.
     * Comparing with the entities needs them configured (the settings' classpath or sources); the comparison is
     * skipped while revisions are pending, since it would only repeat them. {@link CheckResult#ok()} is the verdict.
     */
    public CheckResult check() {
        return new DriftCheck(project).run();
    }

    /**
     * Columns whose database type autogen treats as equal to the entities' type without being the same (MariaDB:
     * {@code tinyint(1)} and {@code bit(1)}); what {@code check --strict} reports.
     */
    public List<String> typeEquivalences() {
        Project.Diff diff = project.diffModels();
        return new TypeEquivalences(project.dialect().types()).between(diff.database(), diff.entities());
    }

    /**
     * {@code check --replay}: builds the schema from the revisions alone on a scratch database (see
     * {@link #replay()}), compares it with the entities and lints every revision; {@link CheckResult#ok()} is the
     * verdict.
     */
    public CheckResult checkReplay() {
        return new DriftCheck(project).replay();
    }

    /** Writes a new revision: autogenerated from the diff, or empty; see {@link RevisionRequest}. */
    public RevisionOutcome revision(RevisionRequest request) {
        return new RevisionAuthor(project).write(request);
    }

    /**
     * Writes the first revision of a project adopting an existing database: it creates the live schema as it is,
     * and is recorded as applied in this database without being run. The next {@link #revision} holds the
     * differences between the entities and that schema.
     *
     * @param revId the id to use, or {@code null} for a random one
     */
    public RevisionOutcome baseline(String message, String revId) {
        return new RevisionAuthor(project).baseline(message, revId);
    }

    /**
     * The differences between the schema the revisions build up to {@code target} (replayed on a scratch
     * database, always dropped) and this database's schema; empty when stamping {@code target} is safe.
     */
    public Plan stampDifferences(String target) {
        return new StampCheck(project).differences(target);
    }

    /** Writes a merge revision whose parents are {@code revisions}. */
    public RevisionOutcome merge(String message, List<String> revisionsToMerge) {
        return new RevisionAuthor(project).merge(message, new ArrayList<>(revisionsToMerge));
    }

    /** This configuration on the tenant {@code name} (a schema, or a JDBC URL); see {@link Fleet#tenant}. */
    public Autogen onTenant(String name) {
        return new Autogen(project.forTenant(fleet().tenant(name).settings(), null));
    }

    /** The tenants of a fleet, and how to run a command on each; see {@link Fleet}. */
    public Fleet fleet() {
        return new Fleet(this);
    }

    /** The same configuration on another database: the same credentials, listener and loaded revisions. */
    public Autogen onDatabase(String url) {
        return new Autogen(project.onDatabase(url));
    }

    /**
     * Builds the schema from the revisions alone on a scratch database (next to {@code devUrl} when configured,
     * else next to the configured database; always dropped afterwards), compares it with the entities, and
     * round-trips every pending revision on tables holding rows.
     */
    public ReplayResult replay() {
        return new Replay(project).run();
    }

    /**
     * Lint findings for the revisions not applied to the database yet (all revisions when no database is
     * reachable), with the acknowledgements their {@code @Acknowledge} annotations give.
     */
    public List<Finding> lint() {
        return new RevisionLint(project).run();
    }
}
