package dev.autogen.apitest;

import dev.autogen.Autogen;
import dev.autogen.config.Settings;
import dev.autogen.apply.ProgressListener;
import dev.autogen.apply.RunResult;
import dev.autogen.scan.RevisionCompiler;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every application start pays: {@code upgrade head} on a database already at head, with a new
 * {@link Autogen} each time. It sends at most 5 statements after connecting, however many revisions there are
 * (30 here, to keep the test fast; the bench times 200: bench/run.sh, "in-process"): the connection's catalog and
 * schema in one query, the lock, the version table's lookup and read, the unlock. {@code getCatalog()} and
 * {@code getSchema()} count as statements, since PostgreSQL's driver sends a query for each.
 */
class UpgradeAtHeadIT {
    private static final int REVISIONS = 30;

    @TempDir
    Path project;

    @Test
    void upgradeAtHeadSendsAtMostFiveStatements() throws Exception {
        Path migrations = project.resolve("migrations");
        Files.createDirectories(migrations);
        for (int r = 0; r < REVISIONS; r++) {
            Files.writeString(migrations.resolve("R%04d_create_small.java".formatted(r)), revision(r));
        }
        try (TestDatabase db = TestDatabase.postgres()) {
            AtomicInteger statements = new AtomicInteger();
            DataSource counting = counting(db, statements);
            RunResult first = autogen(counting, migrations).upgrade("head");
            assertThat(first.revisions()).hasSize(REVISIONS);

            statements.set(0);
            RunResult atHead = autogen(counting, migrations).upgrade("head");
            assertThat(atHead.nothingToDo()).isTrue();
            assertThat(statements.get()).as("statements sent by upgrade head at head").isLessThanOrEqualTo(5);
        }
    }

    /**
     * A connection autogen opens from a URL sends nothing before autogen's own first statement: the driver's
     * session settings travel in the start-up packet (before, the driver sent {@code SET application_name}).
     */
    @Test
    void aConnectionFromAUrlSendsNoStatementOfItsOwn() throws Exception {
        try (TestDatabase db = TestDatabase.postgres();
             Connection c = Autogen.builder().settings(Settings.defaults(project)).url(db.url()).build().connect();
             Connection other = java.sql.DriverManager.getConnection(db.url());
             java.sql.PreparedStatement q = other.prepareStatement("SELECT query FROM pg_stat_activity WHERE pid = ?")) {
            q.setInt(1, c.unwrap(org.postgresql.PGConnection.class).getBackendPID());
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the last statement of autogen's new connection").isEmpty();
            }
        }
    }

    /**
     * At head with unchanged revisions, neither the folder's revisions nor an application's compiled ones are
     * loaded: the graph comes from the class files' bytes, the checksums from the index (before: every revision
     * class was loaded and run to checksum the applied ones). Each revision's static initializer marks a
     * system property when its class is initialised.
     */
    @Test
    void upgradeAtHeadLoadsNoRevisionClass() throws Exception {
        Path migrations = project.resolve("migrations");
        writeMarkedRevisions(migrations, "");
        try (TestDatabase db = TestDatabase.postgres()) {
            DataSource source = counting(db, new AtomicInteger());
            assertThat(autogen(source, migrations).upgrade("head").revisions()).hasSize(3);
            assertThat(loaded()).as("classes loaded to apply them").hasSize(3);

            clearLoaded();
            assertThat(autogen(source, migrations).upgrade("head").nothingToDo()).isTrue();
            assertThat(loaded()).as("revision classes loaded by upgrade head at head (migrations folder)").isEmpty();

            // an application's revisions, compiled on its class path, each start a new class loader
            Path classes = new RevisionCompiler(project.resolve("app-cache"))
                    .compile(RevisionCompiler.sources(migrations), List.of()).classes();
            clearLoaded();
            assertThat(onClasspath(source, classes).upgrade("head").nothingToDo()).isTrue();
            clearLoaded();
            assertThat(onClasspath(source, classes).upgrade("head").nothingToDo()).isTrue();
            assertThat(loaded()).as("revision classes loaded by upgrade head at head (class path)").isEmpty();
        } finally {
            clearLoaded();
        }
    }

    /**
     * The index cannot go stale: an edited revision, or an edited helper class it calls, has other bytes, so
     * another key, and is checksummed afresh; the edit is reported as before.
     */
    @Test
    void anEditedRevisionOrHelperIsCheckedAfresh() throws Exception {
        Path migrations = project.resolve("migrations");
        writeMarkedRevisions(migrations, "");
        try (TestDatabase db = TestDatabase.postgres()) {
            DataSource source = counting(db, new AtomicInteger());
            autogen(source, migrations).upgrade("head");
            assertThat(warnings(source, migrations)).isEmpty();

            writeMarkedRevisions(migrations, "_v2");
            assertThat(warnings(source, migrations)).singleElement().asString()
                    .startsWith("Revision a00000000002 (marked 2) was edited after it was applied");

            writeMarkedRevisions(migrations, "");
            assertThat(warnings(source, migrations)).isEmpty();
            Files.writeString(migrations.resolve("Names.java"), names("small_helper_v2"));
            assertThat(warnings(source, migrations)).singleElement().asString()
                    .startsWith("Revision a00000000001 (marked 1) was edited after it was applied");
        } finally {
            clearLoaded();
        }
    }

    private List<String> warnings(DataSource source, Path migrations) {
        List<String> warnings = new java.util.ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        Autogen.builder().settings(Settings.defaults(project)).dataSource(source).migrations(migrations)
                .listener(listener).build().upgrade("head");
        return warnings;
    }

    private Autogen onClasspath(DataSource source, Path classes) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        return Autogen.builder().settings(Settings.defaults(project)).dataSource(source)
                .migrations(project.resolve("none")).revisionsOnClasspath(loader).revisionPackages("migrations").build();
    }

    private static final String MARK = "autogen.test.revisionLoaded";

    private static List<String> loaded() {
        String v = System.getProperty(MARK, "");
        return v.isEmpty() ? List.of() : List.of(v.substring(1).split(","));
    }

    private static void clearLoaded() {
        System.clearProperty(MARK);
    }

    /**
     * Three chained revisions whose classes mark {@link #MARK} when initialised; revision 1 takes its table name
     * from a helper class, revision 2's table is {@code small_2<suffix>}.
     */
    private static void writeMarkedRevisions(Path migrations, String suffix) throws Exception {
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("Names.java"), names("small_helper"));
        for (int r = 0; r < 3; r++) {
            String parents = r == 0 ? "" : "parents = \"a0000000000%d\", ".formatted(r - 1);
            String table = r == 1 ? "Names.helper()" : "\"small_" + r + (r == 2 ? suffix : "") + "\"";
            Files.writeString(migrations.resolve("R_marked_%d.java".formatted(r)), """
                    package migrations;

                    import static dev.autogen.runtime.Ddl.*;

                    import dev.autogen.runtime.Migration;
                    import dev.autogen.runtime.Op;
                    import dev.autogen.runtime.Revision;

                    @Revision(id = "a0000000000%d", %smessage = "marked %d")
                    public final class R_marked_%d implements Migration {
                        static {
                            System.setProperty("%s", System.getProperty("%s", "") + ",%d");
                        }

                        @Override
                        public void upgrade(Op op) {
                            op.createTable(%s, column("id", "bigint").notNull());
                        }

                        @Override
                        public void downgrade(Op op) {
                            op.dropTable(%s);
                        }
                    }
                    """.formatted(r, parents, r, r, MARK, MARK, r, table, table));
        }
    }

    private static String names(String table) {
        return """
                package migrations;

                final class Names {
                    static String helper() {
                        return "%s";
                    }
                }
                """.formatted(table);
    }

    private Autogen autogen(DataSource source, Path migrations) {
        return Autogen.builder().settings(Settings.defaults(project)).dataSource(source).migrations(migrations).build();
    }

    /** A DataSource whose connections add the statements they send to {@code statements}. */
    private static DataSource counting(TestDatabase db, AtomicInteger statements) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.url());
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> {
                        CountingConnection c = CountingConnection.wrap(args == null ? pg.getConnection()
                                : pg.getConnection((String) args[0], (String) args[1]));
                        yield tally(c, statements);
                    }
                    case "getLogWriter" -> (PrintWriter) null;
                    case "unwrap", "isWrapperFor" -> throw new UnsupportedOperationException(method.getName());
                    default -> method.invoke(pg, args);
                });
    }

    /** The counting connection, adding its count to {@code statements} when it is closed. */
    private static Connection tally(CountingConnection c, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        statements.addAndGet(c.statements() + c.sessionLookups());
                    }
                    try {
                        return method.invoke(c.connection(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String revision(int r) {
        String parents = r == 0 ? "" : "parents = \"%012x\", ".formatted(0xbe0000000000L + r - 1);
        return """
                package migrations;

                import static dev.autogen.runtime.Ddl.*;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Op;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%012x", %smessage = "create small_%04d", created = "2026-01-01T00:00:00Z")
                public final class R%04d_create_small implements Migration {
                    @Override
                    public void upgrade(Op op) {
                        op.createTable("small_%04d", column("id", "bigint").notNull(), primaryKey("small_%04d_pkey", "id"));
                    }

                    @Override
                    public void downgrade(Op op) {
                        op.dropTable("small_%04d");
                    }
                }
                """.formatted(0xbe0000000000L + r, parents, r, r, r, r, r);
    }
}
