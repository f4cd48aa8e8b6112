package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.config.Settings;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner against a real PostgreSQL database, with revisions written as sources and compiled. */
class RunnerIT {
    @TempDir
    Path dir;

    private TestDatabase db;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final ProgressListener listener = new ProgressListener() {
        @Override
        public void revisionStarted(RevisionInfo revision, Direction direction) {
            events.add("start " + direction.command() + " " + revision.id());
        }

        @Override
        public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
            events.add("done " + direction.command() + " " + revision.id());
        }

        @Override
        public void warning(String message) {
            events.add("warning " + message);
        }
    };

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.postgres();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private Path migrations() {
        return dir.resolve("migrations");
    }

    /** a1a1a1 creates users; b2b2b2 adds users.email; c3c3c3 creates orders. */
    private void writeChain() {
        RevisionSources.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull(), primaryKey(\"users_pkey\", \"id\"));",
                "op.dropTable(\"users\");");
        RevisionSources.write(migrations(), "b2b2b2", List.of("a1a1a1"), "add email",
                "op.addColumn(\"users\", column(\"email\", \"varchar(255)\"));",
                "op.dropColumn(\"users\", \"email\");");
        RevisionSources.write(migrations(), "c3c3c3", List.of("b2b2b2"), "create orders",
                "op.createTable(\"orders\", column(\"id\", \"bigint\").notNull());",
                "op.dropTable(\"orders\");");
    }

    private Runner runner() {
        return runner(Settings.defaults(dir));
    }

    private Settings settings(Duration lockTimeout, boolean transactionPerRun) {
        Settings d = Settings.defaults(dir);
        return new Settings(d.baseDir(), d.url(), d.user(), d.password(), d.classpath(), d.sources(), d.packages(), d.migrations(),
                d.revisionPackage(), d.schemas(), d.versionTable(), d.includeTables(), d.excludeTables(), d.dialect(),
                d.devUrl(), lockTimeout, transactionPerRun, d.postWriteHook(), d.hibernate());
    }

    private Runner runner(Settings settings) {
        List<LoadedRevision> revisions = new RevisionLoader().load(migrations(), List.of(), getClass().getClassLoader(),
                dir.resolve(".autogen-cache"));
        return new Runner(new PostgresDialect(), db::connect, settings, revisions, listener);
    }

    /** Columns of the public schema, {@code table.column}, outside the version table. */
    private List<String> columns() throws SQLException {
        return query("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = "
                + "'public' AND table_name <> 'autogen_version' ORDER BY 1");
    }

    private Map<String, String> versionRows() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, checksum FROM autogen_version")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void upgradeHeadAppliesEveryRevisionOnceAndRecordsChecksums() throws Exception {
        writeChain();
        Runner runner = runner();
        assertThat(runner.current()).isEmpty();

        RunResult result = runner.upgrade("head");

        assertThat(result.revisions()).extracting(RevisionInfo::id).containsExactly("a1a1a1", "b2b2b2", "c3c3c3");
        assertThat(result.before()).isEmpty();
        assertThat(result.after()).containsExactly("c3c3c3");
        assertThat(runner.current()).containsExactly("c3c3c3");
        assertThat(columns()).containsExactly("orders.id", "users.email", "users.id");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1", "b2b2b2", "c3c3c3").doesNotContainValue(null);
        assertThat(versionRows().get("a1a1a1")).hasSize(64);
        assertThat(events).containsExactly("start upgrade a1a1a1", "done upgrade a1a1a1", "start upgrade b2b2b2",
                "done upgrade b2b2b2", "start upgrade c3c3c3", "done upgrade c3c3c3");
        assertThat(runner.upgrade("head").nothingToDo()).isTrue();
        assertThat(runner.editedRevisions()).isEmpty();
    }

    @Test
    void upgradeByStepsAndByIdPrefix() throws Exception {
        writeChain();
        Runner runner = runner();
        assertThat(runner.upgrade("+1").after()).containsExactly("a1a1a1");
        assertThat(columns()).containsExactly("users.id");
        assertThat(runner.upgrade("c3c3").revisions()).extracting(RevisionInfo::id).containsExactly("b2b2b2", "c3c3c3");
        assertThat(runner.current()).containsExactly("c3c3c3");
    }

    @Test
    void downgradeByStepToAnIdAndToBase() throws Exception {
        writeChain();
        Runner runner = runner();
        runner.upgrade("head");

        assertThat(runner.downgrade("-1").revisions()).extracting(RevisionInfo::id).containsExactly("c3c3c3");
        assertThat(columns()).containsExactly("users.email", "users.id");
        assertThat(runner.downgrade("a1a1a1").after()).containsExactly("a1a1a1");
        assertThat(columns()).containsExactly("users.id");
        RunResult toBase = runner.downgrade("base");
        assertThat(toBase.after()).isEmpty();
        assertThat(columns()).isEmpty();
        assertThat(versionRows()).isEmpty();
        assertThat(events).contains("start downgrade c3c3c3", "done downgrade a1a1a1");
    }

    @Test
    void failingThirdStatementLeavesTheDatabaseAtThePreviousRevision() throws Exception {
        RevisionSources.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull());", "op.dropTable(\"users\");");
        RevisionSources.write(migrations(), "b2b2b2", List.of("a1a1a1"), "broken",
                "op.addColumn(\"users\", column(\"x\", \"integer\")); op.createTable(\"t2\", column(\"id\", \"integer\"));"
                        + " op.addColumn(\"missing\", column(\"y\", \"integer\"));",
                "");
        Runner runner = runner();

        assertThatThrownBy(() -> runner.upgrade("head"))
                .isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageStartingWith("Revision b2b2b2 (broken) failed at operation 3 (add column missing.y (integer, nullable)): ERROR: "
                        + "relation \"missing\" does not exist")
                .hasMessageContaining(". Statement: ALTER TABLE missing ADD COLUMN y integer. ")
                .hasMessageEndingWith("The database is still at revision a1a1a1; fix the revision and rerun 'autogen upgrade'.");

        assertThat(columns()).containsExactly("users.id");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1");
        assertThat(runner.current()).containsExactly("a1a1a1");
    }

    @Test
    void transactionPerRunRollsBackTheWholeRun() throws Exception {
        RevisionSources.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull());", "op.dropTable(\"users\");");
        RevisionSources.write(migrations(), "b2b2b2", List.of("a1a1a1"), "broken",
                "op.addColumn(\"missing\", column(\"y\", \"integer\"));", "");
        Runner runner = runner(settings(Settings.DEFAULT_LOCK_TIMEOUT, true));

        assertThatThrownBy(() -> runner.upgrade("head"))
                .hasMessageEndingWith("The database is still at base (no revision applied); fix the revision and rerun"
                        + " 'autogen upgrade'.");
        assertThat(columns()).isEmpty();
        assertThat(versionRows()).isEmpty();
    }

    @Test
    void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
        for (int i = 1; i <= 3; i++) {
            String id = "0000a" + i;
            RevisionSources.write(migrations(), id, i == 1 ? List.of() : List.of("0000a" + (i - 1)), "slow " + i,
                    "op.execute(\"SELECT pg_sleep(0.3)\"); op.createTable(\"t" + i + "\", column(\"id\", \"integer\"));",
                    "op.dropTable(\"t" + i + "\");");
        }
        Runner first = runner();
        Runner second = runner();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<RunResult> a = pool.submit(() -> {
                go.await();
                return first.upgrade("head");
            });
            Future<RunResult> b = pool.submit(() -> {
                go.await();
                return second.upgrade("head");
            });
            go.countDown();
            List<String> applied = new ArrayList<>();
            a.get().revisions().forEach(r -> applied.add(r.id()));
            b.get().revisions().forEach(r -> applied.add(r.id()));
            assertThat(applied).containsExactlyInAnyOrder("0000a1", "0000a2", "0000a3");
            assertThat(a.get().nothingToDo() || b.get().nothingToDo()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(versionRows()).containsOnlyKeys("0000a1", "0000a2", "0000a3");
        assertThat(columns()).containsExactly("t1.id", "t2.id", "t3.id");
    }

    @Test
    void lockHeldElsewhereStopsTheUpgradeAfterTheTimeout() throws Exception {
        writeChain();
        Runner runner = runner(settings(Duration.ofMillis(300), false));
        try (Connection holder = db.connect();
             dev.autogen.dialect.MigrationLock held = new PostgresDialect().lock(holder, Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> runner.upgrade("head"))
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.LOCKED));
            assertThat(held).isNotNull();
        }
        assertThat(runner.current()).isEmpty();
        assertThat(runner.upgrade("head").after()).containsExactly("c3c3c3");
    }

    @Test
    void editedAppliedRevisionIsDetectedAndWarned() throws Exception {
        writeChain();
        runner().upgrade("head");
        RevisionSources.write(migrations(), "b2b2b2", List.of("a1a1a1"), "add email",
                "op.addColumn(\"users\", column(\"email\", \"varchar(100)\"));",
                "op.dropColumn(\"users\", \"email\");");
        Runner edited = runner();

        assertThat(edited.editedRevisions()).containsExactly("b2b2b2");
        events.clear();
        assertThat(edited.upgrade("head").nothingToDo()).isTrue();
        assertThat(events).singleElement().asString().startsWith("warning Revision b2b2b2 (add email) was edited after"
                + " it was applied");
    }

    @Test
    void stampRecordsWithoutRunningAndPurgeClearsUnknownRevisions() throws Exception {
        writeChain();
        Runner runner = runner();

        RunResult stamped = runner.stamp("b2b2b2", false);
        assertThat(stamped.revisions()).extracting(RevisionInfo::id).containsExactly("a1a1a1", "b2b2b2");
        assertThat(columns()).isEmpty();
        assertThat(versionRows()).containsOnlyKeys("a1a1a1", "b2b2b2").containsValue(null);
        assertThat(runner.editedRevisions()).isEmpty();

        assertThat(runner.stamp("a1a1a1", false).after()).containsExactly("a1a1a1");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1");

        db.execute("INSERT INTO autogen_version (revision) VALUES ('ffffff')");
        assertThatThrownBy(runner::current).hasMessage("Database is at revision ffffff, which is not in the revision"
                + " graph; run 'autogen history' or 'autogen stamp'.");
        assertThat(runner.stamp("head", true).after()).containsExactly("c3c3c3");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1", "b2b2b2", "c3c3c3");
    }

    @Test
    void concurrentIndexRunsOutsideTheTransactionWithAWarning() throws Exception {
        writeChain();
        RevisionSources.write(migrations(), "d4d4d4", List.of("c3c3c3"), "index email",
                "op.createIndex(\"ix_users_email\", \"users\", \"email\").concurrently();",
                "op.dropIndex(\"ix_users_email\", \"users\").concurrently();");
        Runner runner = runner();
        runner.upgrade("head");

        assertThat(query("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
                .containsExactly("ix_users_email", "users_pkey");
        assertThat(events).anyMatch(e -> e.startsWith("warning Revision d4d4d4 (index email) runs operation 1 (create"
                + " index ix_users_email on users (email)) outside a transaction"));
        runner.downgrade("-1");
        assertThat(query("SELECT indexname FROM pg_indexes WHERE tablename = 'users'")).containsExactly("users_pkey");
    }

    @Test
    void offlineScriptsMatchWhatTheRunnerDoes() throws Exception {
        writeChain();
        Runner runner = runner();
        String up = runner.upgradeSql("head");

        assertThat(up).contains("-- Running upgrade base -> a1a1a1 (create users)\nBEGIN;\nCREATE TABLE users (",
                "-- Running upgrade a1a1a1 -> b2b2b2 (add email)\nBEGIN;\nALTER TABLE users ADD COLUMN email varchar(255);\n",
                "');\nCOMMIT;\n",
                "INSERT INTO autogen_version (revision, checksum) VALUES ('c3c3c3', '");
        assertThat(up.indexOf("CREATE TABLE autogen_version")).isLessThan(up.indexOf("-- Running upgrade"));
        db.execute(up);
        assertThat(runner.current()).containsExactly("c3c3c3");
        assertThat(runner.editedRevisions()).isEmpty();
        assertThat(columns()).containsExactly("orders.id", "users.email", "users.id");

        String partial = runner.upgradeSql("a1a1a1:b2b2b2");
        assertThat(partial).doesNotContain("CREATE TABLE").contains("-- Running upgrade a1a1a1 -> b2b2b2");
        assertThat(partial).doesNotContain("c3c3c3");

        String down = runner.downgradeSql("head:base");
        assertThat(down).contains("-- Running downgrade c3c3c3 -> b2b2b2 (create orders)\nBEGIN;\nDROP TABLE orders;\n"
                + "DELETE FROM autogen_version WHERE revision = 'c3c3c3';\nCOMMIT;\n");
        db.execute(down);
        assertThat(runner.current()).isEmpty();
        assertThat(columns()).isEmpty();
        assertThatThrownBy(() -> runner.downgradeSql("head"))
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.USAGE));
    }

    @Test
    void headsOfBranchesAreUpgradedTogetherAndCurrentShowsBoth() throws Exception {
        writeChain();
        RevisionSources.write(migrations(), "e5e5e5", List.of("a1a1a1"), "side",
                "op.createTable(\"side\", column(\"id\", \"integer\"));", "op.dropTable(\"side\");");
        Runner runner = runner();
        assertThatThrownBy(() -> runner.upgrade("head")).hasMessageStartingWith("There are 2 heads (");
        runner.upgrade("heads");
        assertThat(new TreeSet<>(runner.current())).containsExactly("c3c3c3", "e5e5e5");
        runner.downgrade("b2b2b2");
        assertThat(new TreeSet<>(runner.current())).containsExactly("b2b2b2", "e5e5e5");
    }
}
