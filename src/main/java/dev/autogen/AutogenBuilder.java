package dev.autogen;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.apply.Database;
import dev.autogen.usecase.Project;
import dev.autogen.usecase.RevisionSources;

import dev.autogen.apply.RunOptions;
import dev.autogen.config.Settings;
import dev.autogen.apply.ProgressListener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Configures an {@link Autogen} for use inside an application or a build; obtained from {@link Autogen#builder()}.
 * Start from defaults (or from {@link #settings(Settings)}, e.g. loaded from autogen.properties), name the
 * database (a {@link DataSource}, or a URL with user and password) and where the revisions are, then
 * {@link #build()}. A builder is not thread-safe; the {@link Autogen} it builds is.
 *
 * <p>Revisions come from the migrations folder (sources autogen compiles itself) unless
 * {@link #revisionsOnClasspath()} is called; calling both {@link #migrations(Path)} and
 * {@code revisionsOnClasspath} uses both.
 */
public final class AutogenBuilder {
    private Settings settings;
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private boolean urlSet;
    private Path migrations;
    private ClassLoader revisionLoader;
    private List<String> revisionPackages = List.of();
    private String versionTable;
    private List<String> schemas;
    private List<Path> entityClasspath;
    private List<String> entityPackages;
    private Duration lockTimeout;
    private ProgressListener listener = ProgressListener.NONE;
    private List<Class<?>> revisionClasses = List.of();
    private List<Class<?>> entityClasses = List.of();
    private java.util.Map<String, String> hibernate;

    AutogenBuilder() {
    }

    /** Starts from these settings instead of the defaults for the working folder; later calls override them. */
    public AutogenBuilder settings(Settings base) {
        this.settings = Objects.requireNonNull(base, "settings");
        return this;
    }

    /** Connections come from the application's pool; the dialect is chosen from a connection's URL. */
    public AutogenBuilder dataSource(DataSource source) {
        this.dataSource = Objects.requireNonNull(source, "dataSource");
        return this;
    }

    /** A JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:h2:}, {@code jdbc:mariadb:}, {@code jdbc:mysql:}). */
    public AutogenBuilder url(String jdbcUrl) {
        this.url = Objects.requireNonNull(jdbcUrl, "url");
        this.urlSet = true;
        return this;
    }

    public AutogenBuilder user(String name) {
        this.user = name;
        return this;
    }

    /** The database password; never shown in messages or {@code toString()}. */
    public AutogenBuilder password(String secret) {
        this.password = secret;
        return this;
    }

    /** The folder of revision sources, compiled by autogen (cached by content); also where new revisions go. */
    public AutogenBuilder migrations(Path folder) {
        this.migrations = Objects.requireNonNull(folder, "migrations");
        return this;
    }

    /** Revisions compiled into the application: every {@code @Revision} class the thread's context class loader (else autogen's own) sees. */
    public AutogenBuilder revisionsOnClasspath() {
        return revisionsOnClasspath(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Autogen.class.getClassLoader());
    }

    /** Revisions compiled into the application: every {@code @Revision} class {@code loader} sees. */
    public AutogenBuilder revisionsOnClasspath(ClassLoader loader) {
        this.revisionLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** Limits {@link #revisionsOnClasspath()} to these packages (and their sub-packages); faster start-up. */
    public AutogenBuilder revisionPackages(String... packages) {
        this.revisionPackages = List.of(packages);
        return this;
    }

    /**
     * Revisions the application found itself (with Spring's class-path scanner, say): each class annotated
     * {@code @Revision}. Needs no class-path scanner of autogen's, so autogen's ClassGraph may be left out.
     */
    public AutogenBuilder revisionClasses(java.util.Collection<Class<?>> classes) {
        this.revisionClasses = List.copyOf(classes);
        return this;
    }

    /**
     * The {@code @Entity} classes, found by the application, for {@link Autogen#diff()} and {@link Autogen#check()}
     * instead of {@link #entities}: no class-path scan, no entity model cache.
     */
    public AutogenBuilder entityClasses(java.util.Collection<Class<?>> classes) {
        this.entityClasses = List.copyOf(classes);
        return this;
    }

    /** Hibernate settings the entity model is built with (the application's naming strategies, ...), over the settings'. */
    public AutogenBuilder hibernate(java.util.Map<String, String> settings) {
        this.hibernate = java.util.Map.copyOf(settings);
        return this;
    }

    /** The table recording applied revisions (default {@code autogen_version}). */
    public AutogenBuilder versionTable(String name) {
        this.versionTable = Objects.requireNonNull(name, "versionTable");
        return this;
    }

    /** The schemas autogen manages (default: the connection's default schema). */
    public AutogenBuilder schemas(String... names) {
        this.schemas = Arrays.asList(names);
        return this;
    }

    /**
     * Where the entity classes are, for {@link Autogen#diff()}, {@link Autogen#check()} and autogenerated
     * revisions: folders or jars, and the packages to scan (none: everything).
     */
    public AutogenBuilder entities(List<Path> classpath, String... packages) {
        this.entityClasspath = List.copyOf(classpath);
        this.entityPackages = List.of(packages);
        return this;
    }

    /** How long an upgrade waits for another process's migration lock (default 60 s). */
    public AutogenBuilder lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout, "lockTimeout");
        return this;
    }

    /** Receives progress and warnings (e.g. to log them); nothing is reported by default. */
    public AutogenBuilder listener(ProgressListener progress) {
        this.listener = Objects.requireNonNull(progress, "listener");
        return this;
    }

    /**
     * The configured instance. With a {@link DataSource} this opens one connection to read the database URL.
     *
     * @throws AutogenException of kind CONFIG when both a DataSource and a URL are given, or the database is not
     *                          supported; of kind CONNECTION when the DataSource gives no connection
     */
    public Autogen build() {
        if (dataSource != null && urlSet) {
            throw new AutogenException(ErrorKind.CONFIG, "Both a DataSource and a URL were given to Autogen.builder();"
                    + " give one of them.");
        }
        Settings s = settings != null ? settings : Settings.defaults(Path.of("").toAbsolutePath());
        if (urlSet) {
            s = s.withUrl(url, user, password);
        }
        if (migrations != null) {
            s = s.withMigrations(s.baseDir().resolve(migrations).normalize());
        }
        if (entityClasspath != null) {
            s = s.withModel(entityClasspath, entityPackages);
        }
        if (schemas != null) {
            s = s.withSchemas(schemas);
        }
        if (versionTable != null || lockTimeout != null) {
            s = s.withRun(new RunOptions(versionTable != null ? versionTable : s.versionTable(),
                    lockTimeout != null ? lockTimeout : s.lockTimeout(), s.transactionPerRun()));
        }
        if (hibernate != null) {
            s = s.withModel(s.model().withHibernate(hibernate));
        }
        boolean folder = revisionLoader == null && revisionClasses.isEmpty() || migrations != null;
        RevisionSources sources = new RevisionSources(folder, revisionLoader, revisionPackages, revisionClasses);
        Database database = dataSource != null ? new Database(dataSource) : Project.database(s);
        return Autogen.over(Project.of(s, database, sources, listener, entityClasses));
    }
}
