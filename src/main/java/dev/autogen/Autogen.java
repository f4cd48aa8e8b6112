package dev.autogen;

import dev.autogen.codegen.RevisionWriter;
import dev.autogen.compare.DataLoss;
import dev.autogen.compare.SchemaComparator;
import dev.autogen.compare.TableFilter;
import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.Finding;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.ProgressListener;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionLoader;
import dev.autogen.runtime.Runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * autogen's library API: configure once with {@link Settings}, then diff, write revisions, and apply them.
 * The CLI is a thin layer over this class. Results are typed values; nothing is printed. An instance holds no
 * connection between calls; revisions are loaded (and compiled, cached by content) once per instance.
 */
public final class Autogen {
    private final Settings settings;
    private final Dialect dialect;
    private final ProgressListener listener;
    private final Database database;
    private List<LoadedRevision> revisions;

    public Autogen(Settings settings, ProgressListener listener) {
        this.settings = settings;
        this.database = new Database(settings);
        this.dialect = Dialects.forUrl(database.url(), settings.dialect());
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    public Settings settings() {
        return settings;
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
        return database.open();
    }

    /** What the entities describe, in the neutral model, filtered by include/exclude patterns. */
    public SchemaModel entityModel() {
        return filter().apply(new EntityModels(settings, dialect).read());
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

    /**
     * The operations that bring the database to the entity model. The catalog is read on a second thread while
     * Hibernate builds its metamodel.
     */
    public Plan diff() {
        return diffModels().plan();
    }

    /** The entity model, the database model and the plan between them, from one read of each. */
    Diff diffModels() {
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
        return new Diff(model, db, new SchemaComparator(dialect.types()).compare(db, model));
    }

    /** What {@link #diffModels} read and found. */
    record Diff(SchemaModel entities, SchemaModel database, Plan plan) {
    }

    /** The sentence saying how {@code op} can lose data, if it can. */
    public Optional<String> dataLoss(Operation op) {
        return new DataLoss(dialect.types()).describe(op);
    }

    /** One line describing {@code op}, as the revision header lists it. */
    public String describe(Operation op) {
        return new RevisionWriter().summary(op);
    }

    /** The revisions in the migrations folder and on the classpath, compiled if needed (cached by content). */
    public synchronized List<LoadedRevision> revisions() {
        if (revisions == null) {
            revisions = new RevisionLoader().load(settings.migrations(), settings.classpath(),
                    Autogen.class.getClassLoader(), EntityModels.cacheDir(settings));
        }
        return revisions;
    }

    /** The revision graph, without touching the database. */
    public RevisionGraph graph() {
        return RevisionGraph.of(revisions().stream().map(LoadedRevision::info).toList());
    }

    /** The runner that applies, undoes and stamps revisions on the configured database. */
    public Runner runner() {
        return new Runner(dialect, database::open, settings, revisions(), listener);
    }

    /** Writes a new revision: autogenerated from the diff, or empty; see {@link RevisionRequest}. */
    public RevisionOutcome revision(RevisionRequest request) {
        return new RevisionAuthor(this, listener).write(request);
    }

    /** Writes a merge revision whose parents are {@code revisions}. */
    public RevisionOutcome merge(String message, List<String> revisionsToMerge) {
        return new RevisionAuthor(this, listener).merge(message, new ArrayList<>(revisionsToMerge));
    }

    /**
     * The same configuration on another database (a scratch database, say): the settings' user and password, the
     * same progress listener, and the revisions this instance already loaded.
     */
    public Autogen onDatabase(String url) {
        Autogen other = new Autogen(settings.withUrl(url, settings.user(), settings.password()), listener);
        other.revisions = revisions();
        return other;
    }

    /**
     * Builds the schema from the revisions alone on a scratch database (next to {@code devUrl} when configured,
     * else next to the configured database; always dropped afterwards), compares it with the entities, and
     * round-trips the newest revision: upgrade, downgrade (the catalog must be as before), upgrade again.
     */
    public ReplayResult replay() {
        return new Replay(this).run();
    }

    /**
     * Lint findings for the revisions not applied to the database yet (all revisions when no database is
     * reachable), with the acknowledgements their {@code @Acknowledge} annotations give.
     */
    public List<Finding> lint() {
        return new RevisionLint(this).run();
    }

    TableFilter filter() {
        return new TableFilter(settings.includeTables(), settings.excludeTables(), settings.versionTable());
    }

    static RuntimeException unwrap(Throwable t) {
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
