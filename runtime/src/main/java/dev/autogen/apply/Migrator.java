package dev.autogen.apply;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.history.RevisionLoader;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RevisionGraph;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Applying revisions and nothing else: what an application needs at start-up. It lives in {@code autogen-runtime},
 * which depends on the JDK alone (no Hibernate, JavaPoet, picocli, ClassGraph or JDBC driver of autogen's), so an
 * application that only runs {@code upgrade head} carries that jar and its own driver:
 * <pre>{@code
 * Migrator.builder().dataSource(dataSource).revisionPackages("com.acme.migrations").build().upgrade("head");
 * }</pre>
 * The full library ({@code dev.autogen.Autogen}, in {@code autogen}) adds writing revisions and the drift check on
 * top of the same runner. An instance is safe to share between threads; every change happens under the dialect's
 * migration lock.
 */
public final class Migrator {
    private final Runner runner;
    private final Database database;

    private Migrator(Runner runner, Database database) {
        this.runner = runner;
        this.database = database;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies what {@code target} needs ({@code head}, {@code heads}, {@code +1}, an id, ...) under the lock. */
    public RunResult upgrade(String target) {
        return runner.upgrade(target);
    }

    /** Undoes every applied revision that follows {@code target} ({@code -1}, {@code base}, an id, ...). */
    public RunResult downgrade(String target) {
        return runner.downgrade(target);
    }

    /** The database's current heads; empty at base. */
    public Set<String> current() {
        return runner.current();
    }

    /** The revision graph, without touching the database. */
    public RevisionGraph graph() {
        return runner.graph();
    }

    /** The runner, for stamping, repair and the offline scripts of {@code dev.autogen.export}. */
    public Runner runner() {
        return runner;
    }

    /** The database URL without any password in it. */
    public String displayUrl() {
        return database.displayUrl();
    }

    /** Configures a {@link Migrator}: the database, where the revisions are, and how they are applied. */
    public static final class Builder {
        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String dialect;
        private ClassLoader loader;
        private List<String> packages = List.of();
        private final List<Class<?>> classes = new ArrayList<>();
        private String versionTable;
        private Duration lockTimeout;
        private boolean transactionPerRun;
        private SafetyOptions safety = SafetyOptions.DEFAULT;
        private ProgressListener listener = ProgressListener.NONE;

        private Builder() {
        }

        /** Connections come from the application's pool; the dialect is chosen from a connection's URL. */
        public Builder dataSource(DataSource source) {
            this.dataSource = Objects.requireNonNull(source, "dataSource");
            return this;
        }

        /** A JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:h2:}, {@code jdbc:mariadb:}, {@code jdbc:mysql:}). */
        public Builder url(String jdbcUrl, String userName, String secret) {
            this.url = Objects.requireNonNull(jdbcUrl, "url");
            this.user = userName;
            this.password = secret;
            return this;
        }

        /** The dialect by name, instead of choosing it from the URL. */
        public Builder dialect(String name) {
            this.dialect = name;
            return this;
        }

        /** Revisions are the classes annotated {@code @Revision} in {@code names} (and sub-packages), on the context class loader. */
        public Builder revisionPackages(String... names) {
            this.packages = List.of(names);
            if (loader == null) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                loader = context != null ? context : Migrator.class.getClassLoader();
            }
            return this;
        }

        /** Revisions are found on {@code classLoader}, in the packages given to {@link #revisionPackages}. */
        public Builder revisionsOn(ClassLoader classLoader) {
            this.loader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** Revision classes the application found itself (with Spring's scanner, say): nothing is scanned. */
        public Builder revisionClasses(Collection<Class<?>> revisionClasses) {
            this.classes.addAll(revisionClasses);
            return this;
        }

        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        /** How long to wait for the migration lock (default 60 s). */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        /** One transaction around a whole upgrade, where the database has transactional DDL. */
        public Builder transactionPerRun(boolean perRun) {
            this.transactionPerRun = perRun;
            return this;
        }

        /** The timeouts and retries of online revisions. */
        public Builder safety(SafetyOptions options) {
            this.safety = Objects.requireNonNull(options, "safety");
            return this;
        }

        public Builder listener(ProgressListener progress) {
            this.listener = progress == null ? ProgressListener.NONE : progress;
            return this;
        }

        /**
         * The configured instance. With a {@link DataSource} this opens one connection to read the database URL.
         *
         * @throws AutogenException of kind CONFIG when no database, both a DataSource and a URL, or no revisions are
         *                          given; of kind REVISION when a revision class is not one
         */
        public Migrator build() {
            if (dataSource != null && url != null) {
                throw new AutogenException(ErrorKind.CONFIG, "Both a DataSource and a URL were given to"
                        + " Migrator.builder(); give one of them.");
            }
            if (dataSource == null && url == null) {
                throw new AutogenException(ErrorKind.CONFIG, "No database was given to Migrator.builder(); give a"
                        + " DataSource or a JDBC URL.");
            }
            if (loader == null && classes.isEmpty()) {
                throw new AutogenException(ErrorKind.CONFIG, "No revisions were given to Migrator.builder(); name"
                        + " their packages (revisionPackages) or pass their classes (revisionClasses).");
            }
            Database database = dataSource != null ? new Database(dataSource) : new Database(url, user, password,
                    Path.of(""));
            Dialect d = Dialects.forUrl(database.url(), dialect);
            List<LoadedRevision> revisions = new RevisionLoader().withApplication(List.of(), loader, packages, classes,
                    null);
            Runner runner = new Runner(d, () -> open(database, d), new RunOptions(versionTable, lockTimeout,
                    transactionPerRun), safety, revisions, listener);
            return new Migrator(runner, database);
        }

        private static Connection open(Database database, Dialect dialect) throws SQLException {
            return database.open(dialect);
        }
    }
}
