package dev.autogen.apply;

import dev.autogen.testing.RevisionFiles;
import dev.autogen.apply.ProgressListener;
import dev.autogen.apply.RunResult;
import dev.autogen.apply.Runner;
import dev.autogen.history.LoadedRevision;
import dev.autogen.usecase.RevisionFolder;
import dev.autogen.history.RevisionLoader;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.h2.H2Dialect;
import dev.autogen.dialect.mariadb.MariaDbDialect;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner on databases without transactional DDL (MariaDB, H2): each statement commits as it runs. */
class NonTransactionalRunnerIT {
    @TempDir
    Path dir;

    private static Dialect dialect(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.H2 ? new H2Dialect() : new MariaDbDialect();
    }

    private Runner runner(TestDatabase db) {
        List<LoadedRevision> revisions = RevisionFolder.load(dir.resolve("migrations"), List.of(),
                getClass().getClassLoader(), dir.resolve(".autogen-cache"));
        return new Runner(dialect(db.kind()), db::connect, RunOptions.DEFAULT, SafetyOptions.DEFAULT, revisions, ProgressListener.NONE);
    }

    /** {@code table.column} of the user's tables, lower case, without autogen's own tables. */
    private static TreeSet<String> columns(TestDatabase db) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("autogen_")) {
                        out.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private void writeRevisions(boolean brokenSecond) {
        Path folder = dir.resolve("migrations");
        RevisionFiles.write(folder, "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull(), primaryKey(\"users_pkey\", \"id\"));",
                "op.dropTable(\"users\");");
        RevisionFiles.write(folder, "b2b2b2", List.of("a1a1a1"), "add x",
                "op.addColumn(\"users\", column(\"x\", \"integer\")); op.createTable(\"t2\", column(\"id\", \"integer\"));"
                        + (brokenSecond ? " op.addColumn(\"missing\", column(\"y\", \"integer\"));" : ""),
                "op.dropTable(\"t2\"); op.dropColumn(\"users\", \"x\");");
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"MARIADB", "H2"})
    void upgradeAndDowngradeRoundTrip(TestDatabase.Kind kind) throws Exception {
        writeRevisions(false);
        try (TestDatabase db = TestDatabase.create(kind)) {
            Runner runner = runner(db);
            runner.upgrade("head");
            assertThat(runner.current()).containsExactly("b2b2b2");
            assertThat(columns(db)).containsExactly("t2.id", "users.id", "users.x");
            runner.downgrade("-1");
            assertThat(columns(db)).containsExactly("users.id");
            runner.downgrade("base");
            assertThat(columns(db)).isEmpty();
            assertThat(runner.applied()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"MARIADB", "H2"})
    void failureSaysWhichOperationsStayApplied(TestDatabase.Kind kind) throws Exception {
        writeRevisions(true);
        try (TestDatabase db = TestDatabase.create(kind)) {
            Runner runner = runner(db);
            String name = dialect(kind).name();
            assertThatThrownBy(() -> runner.upgrade("head"))
                    .isInstanceOf(AutogenException.class)
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                    .hasMessageStartingWith("Revision b2b2b2 (add x) failed at operation 3 (add column missing.y (integer, nullable)): ")
                    .hasMessageEndingWith("The version table is still at revision a1a1a1, but operations 1-2 of b2b2b2"
                            + " (add column users.x (integer, nullable); create table t2 (id)) stay applied because " + name + " cannot roll"
                            + " back DDL; the version table marks b2b2b2 as interrupted: undo them by hand and run"
                            + " 'autogen repair'; fix the revision and rerun 'autogen upgrade'.");
            assertThat(runner.current()).containsExactly("a1a1a1");
            assertThat(columns(db)).containsExactly("t2.id", "users.id", "users.x");
        }
    }

    @org.junit.jupiter.api.Test
    void mariaDbLockIsHeldByTheMigratingConnectionUnderTheVersionTablesName() throws Exception {
        Path folder = dir.resolve("migrations");
        RevisionFiles.write(folder, "a1a1a1", List.of(), "create t",
                "op.createTable(\"t\", column(\"id\", \"integer\"));", "op.dropTable(\"t\");");
        RevisionFiles.write(folder, "b2b2b2", List.of("a1a1a1"), "slow",
                "op.execute(\"SELECT SLEEP(2)\");", "");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.mariadb()) {
            Runner runner = runner(db);
            java.util.concurrent.Future<RunResult> run = pool.submit(() -> runner.upgrade("head"));
            long migrating = -1;
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (migrating < 0 && System.nanoTime() < deadline && !run.isDone()) {
                migrating = single(db, "SELECT COALESCE(MAX(ID), -1) FROM information_schema.PROCESSLIST WHERE DB = '"
                        + db.name() + "' AND INFO LIKE 'SELECT SLEEP%'");
                Thread.sleep(50);
            }
            assertThat(migrating).as("the slow statement ran").isPositive();
            assertThat(single(db, "SELECT COALESCE(IS_USED_LOCK('autogen:" + db.name() + ".autogen_version'), -1)"))
                    .isEqualTo(migrating);
            assertThat(run.get(30, java.util.concurrent.TimeUnit.SECONDS).after()).containsExactly("b2b2b2");
        } finally {
            pool.shutdownNow();
        }
    }

    private static long single(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
