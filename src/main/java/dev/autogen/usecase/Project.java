package dev.autogen.usecase;

import dev.autogen.apply.Database;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.compare.Risks;
import dev.autogen.compare.PlanStage;
import dev.autogen.compare.SchemaComparator;
import dev.autogen.compare.TableFilter;
import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.UnmodelledObject;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.EntitySpellings;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.Plan;
import dev.autogen.operation.Risk;
import dev.autogen.history.LoadedRevision;
import dev.autogen.apply.ProgressListener;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionLoader;
import dev.autogen.apply.Runner;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * One project as the use cases see it: the settings, the dialect, the connections, the revisions and the entity
 * model, read once each. The use cases of this package (authoring, the drift check, replay, verification, lint)
 * work on a project; {@link dev.autogen.Autogen} is the public face over them, and holds nothing else.
 *
 * <p>Safe to share between threads: it holds no connection between calls and no state besides the revision list,
 * loaded (and compiled, cached by content) once, under the instance's lock.
 */
public final class Project {
    private final Settings settings;
    private final Dialect dialect;
    private final ProgressListener listener;
    private final Database database;
    private final RevisionSources sources;
    private final List<Class<?>> entityClasses;
    private List<LoadedRevision> revisions;
    private Map<String, String> serverVersion;
    /** The entity model a fleet shares between its tenants (read once), or {@code null}. */
    private volatile SchemaModel sharedEntityModel;

    /** Configured as the CLI is: the settings' URL, revisions in the migrations folder and on the classpath. */
    public static Project of(Settings settings, ProgressListener listener) {
        return new Project(settings, Project.database(settings), RevisionSources.FOLDER, listener, List.of());
    }

    /** Connections to the settings' database: its URL and credentials, or the project's embedded database. */
    public static Database database(Settings settings) {
        return new Database(settings.url(), settings.user(), settings.password(), settings.baseDir());
    }

    /** As an application configures it (see {@link dev.autogen.AutogenBuilder}). */
    public static Project of(Settings settings, Database database, RevisionSources sources, ProgressListener listener,
            List<Class<?>> entityClasses) {
        return new Project(settings, database, sources, listener, entityClasses);
    }

    private Project(Settings settings, Database database, RevisionSources sources, ProgressListener listener,
            List<Class<?>> entityClasses) {
        this.entityClasses = List.copyOf(entityClasses);
        this.settings = settings;
        this.database = database;
        this.sources = sources;
        this.dialect = Dialects.forUrl(database.url(), settings.dialect());
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    public Settings settings() {
        return settings;
    }

    /** Where progress and warnings go. */
    public ProgressListener listener() {
        return listener;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True when no URL is configured and the embedded H2 database in target/autogen/dev is used. */
    public boolean embedded() {
        return database.embedded();
    }

    /** The database URL without any password in it. */
    public String displayUrl() {
        return database.displayUrl();
    }

    /** A new connection to the configured database; the caller closes it. */
    public Connection connect() throws SQLException {
        return database.open(dialect);
    }

    /**
     * What the entities describe, in the neutral model, filtered by include/exclude patterns. Hibernate builds
     * it for the live server's version, as it does when an application connects (MariaDB 10.7+ maps
     * {@code UUID} to {@code uuid}, older versions to {@code binary(16)}).
     */
    public SchemaModel entityModel() {
        if (sharedEntityModel != null) {
            return sharedEntityModel;
        }
        EntityModels models = new EntityModels(settings, dialect, serverVersion());
        return filter().apply(entityClasses.isEmpty() ? models.read() : models.read(entityClasses));
    }

    /**
     * The server's product name and version as Hibernate's {@code jakarta.persistence.database-*} settings;
     * empty when the settings pin a version themselves, or when the database cannot be reached (then
     * Hibernate's default version for the dialect applies). Read once.
     */
    public synchronized Map<String, String> serverVersion() {
        if (serverVersion == null) {
            serverVersion = readServerVersion();
        }
        return serverVersion;
    }

    private Map<String, String> readServerVersion() {
        for (String key : settings.hibernate().keySet()) {
            if (key.matches("(jakarta|javax)\\.persistence\\.database-(product-version|major-version|minor-version)")) {
                return Map.of();
            }
        }
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            return Map.of("jakarta.persistence.database-product-name", meta.getDatabaseProductName(),
                    "jakarta.persistence.database-product-version", meta.getDatabaseProductVersion(),
                    "jakarta.persistence.database-major-version", Integer.toString(meta.getDatabaseMajorVersion()),
                    "jakarta.persistence.database-minor-version", Integer.toString(meta.getDatabaseMinorVersion()));
        } catch (SQLException e) {
            // offline (no server reachable): the model is built for Hibernate's default version of the dialect
            return Map.of();
        }
    }

    /** How a portable revision spells this project's names and types (see {@link PortableSpelling}). */
    public PortableSpelling portableSpelling() {
        return new PortableSpelling(dialect, entitySpellings());
    }

    /** How the entities spell names and types, and which tables and columns they map to; one more metamodel build. */
    EntitySpellings entitySpellings() {
        return new EntityModels(settings, dialect).spellings();
    }

    /** What the live database holds, in the neutral model, filtered; the version table never appears. */
    public SchemaModel databaseModel() {
        try (Connection c = connect()) {
            return filter().apply(dialect.inspector().inspect(c, settings.schemas()));
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Reading the catalog of " + displayUrl() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** What the live database holds that the model cannot express (views, triggers, ...), for a baseline. */
    public List<UnmodelledObject> unmodelledObjects() {
        try (Connection c = connect()) {
            return dialect.inspector().unmodelled(c, settings.schemas());
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Reading the catalog of " + displayUrl() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The operations that bring the database to the entity model. The catalog is read on a second thread while
     * Hibernate builds its metamodel.
     */
    public Plan diff() {
        return diffModels().plan();
    }

    /** The entity model, the database model and the plan between them, from one read of each. */
    public Diff diffModels() {
        return diffModels(PlanStage.standard());
    }

    /** As {@link #diffModels()}, with the plan put through {@code stage}. */
    public Diff diffModels(PlanStage stage) {
        CompletableFuture<SchemaModel> live = CompletableFuture.supplyAsync(this::databaseModel,
                r -> {
                    Thread t = new Thread(r, "autogen-introspect");
                    t.setDaemon(true);
                    t.start();
                });
        SchemaModel model = entityModel();
        SchemaModel db;
        try {
            db = live.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorKind.INTERNAL, "Interrupted while reading the database catalog.", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
        return new Diff(model, db, new SchemaComparator(dialect.types(), stage).compare(db, model));
    }

    /** What {@link #diffModels} read and found. */
    public record Diff(SchemaModel entities, SchemaModel database, Plan plan) {
    }

    /** The sentence saying how {@code op} loses data, if it does (its {@code DATA LOSS} risks, joined). */
    public Optional<String> dataLoss(Operation op) {
        List<String> losses = risks(op).stream().filter(r -> r.kind() == Risk.Kind.DATA_LOSS).map(Risk::sentence)
                .toList();
        return losses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", losses));
    }

    /** How {@code op} can lose data or fail on existing rows, on tables that exist already. */
    public List<Risk> risks(Operation op) {
        return new Risks(dialect.types()).of(op);
    }

    /** The risks of each operation of a revision whose upgrade and downgrade are {@code plans}. */
    public Function<Operation, List<Risk>> risks(Plan... plans) {
        Risks risks = new Risks(dialect.types());
        Set<QualifiedName> created = Risks.createdTables(plans);
        return op -> risks.of(op, created);
    }

    /** One line describing {@code op}, as the revision header lists it (without JavaPoet, which an application may leave out). */
    public String describe(Operation op) {
        return op.accept(new OperationSummary());
    }

    /**
     * The revisions in the migrations folder and on the configured classpath, compiled if needed (cached by
     * content), and those an application class loader holds when configured so; a revision id found in the
     * folder hides the same id on the class loader.
     */
    public synchronized List<LoadedRevision> revisions() {
        if (revisions == null) {
            List<LoadedRevision> folder = sources.folder() ? RevisionFolder.load(settings.migrations(),
                    settings.classpath(), Project.class.getClassLoader(), EntityModels.cacheDir(settings)) : List.of();
            // then the application's: on its class loader, and classes it found itself (no scanner of autogen's)
            List<LoadedRevision> all = new RevisionLoader().withApplication(folder, sources.classLoader(),
                    sources.packages(), sources.classes(), EntityModels.cacheDir(settings));
            revisions = List.copyOf(all);
        }
        return revisions;
    }

    /** The revision graph, without touching the database. */
    public RevisionGraph graph() {
        return RevisionGraph.of(revisions().stream().map(LoadedRevision::info).toList());
    }

    /** The runner that applies, undoes and stamps revisions on the configured database. */
    public Runner runner() {
        return new Runner(dialect, this::connect, settings.run(), settings.safety(), revisions(), listener);
    }

    /**
     * This configuration on one tenant of a fleet ({@code tenant} is {@code settings} pinned to it), sharing the
     * loaded revisions and, when given, the entity model: the tenants differ in where, not in what.
     */
    public Project forTenant(Settings tenant, SchemaModel entities) {
        Project other = Project.of(tenant, listener);
        other.revisions = revisions();
        other.sharedEntityModel = entities;
        return other;
    }

    /**
     * The same configuration on another database (a scratch database, say): the settings' user and password, the
     * same progress listener, and the revisions this instance already loaded.
     */
    public Project onDatabase(String url) {
        Project other = Project.of(settings.withUrl(url, settings.user(), settings.password()), listener);
        other.revisions = revisions();
        return other;
    }

    public TableFilter filter() {
        // a version table in the default schema (a tenant's: tenant.autogen_version) is read without its schema
        String versionTable = settings.versionTable();
        int dot = versionTable.indexOf('.');
        if (dot > 0 && !settings.schemas().isEmpty() && dialect.normaliseIdentifier(versionTable.substring(0, dot), false)
                .equals(dialect.normaliseIdentifier(settings.schemas().get(0), false))) {
            versionTable = versionTable.substring(dot + 1);
        }
        return new TableFilter(settings.includeTables(), settings.excludeTables(), versionTable,
                settings.includeObjects(), settings.excludeObjects());
    }

    public static RuntimeException unwrap(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof RuntimeException re) {
            return re;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new AutogenException(ErrorKind.INTERNAL, String.valueOf(c.getMessage()), c);
    }
}
