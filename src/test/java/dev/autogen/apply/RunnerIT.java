package dev.autogen.apply;

import dev.autogen.export.OfflineScript;
import dev.autogen.testing.RevisionFiles;
import dev.autogen.runtime.Direction;

import dev.autogen.apply.ProgressListener;
import dev.autogen.apply.RunResult;
import dev.autogen.apply.Runner;
import dev.autogen.history.Checksums;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RevisionInfo;
import dev.autogen.usecase.RevisionFolder;
import dev.autogen.history.RevisionLoader;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.apply.RunOptions;
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
        RevisionFiles.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull(), primaryKey(\"users_pkey\", \"id\"));",
                "op.dropTable(\"users\");");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "add email",
                "op.addColumn(\"users\", column(\"email\", \"varchar(255)\"));",
                "op.dropColumn(\"users\", \"email\");");
        RevisionFiles.write(migrations(), "c3c3c3", List.of("b2b2b2"), "create orders",
                "op.createTable(\"orders\", column(\"id\", \"bigint\").notNull());",
                "op.dropTable(\"orders\");");
    }

    private Runner runner() {
        return runner(Settings.defaults(dir));
    }

    private Settings settings(Duration lockTimeout, boolean transactionPerRun) {
        Settings d = Settings.defaults(dir);
        return d.withRun(new RunOptions(d.versionTable(), lockTimeout, transactionPerRun));
    }

    private Runner runner(Settings settings) {
        return runner(settings, new PostgresDialect());
    }

    private Runner runner(Settings settings, dev.autogen.dialect.Dialect dialect) {
        List<LoadedRevision> revisions = RevisionFolder.load(migrations(), List.of(), getClass().getClassLoader(),
                dir.resolve(".autogen-cache"));
        return new Runner(dialect, db::connect, settings.run(), settings.safety(), revisions, listener);
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
        assertThat(versionRows().get("a1a1a1")).hasSize(47).startsWith("o1:");
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
        RevisionFiles.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull());", "op.dropTable(\"users\");");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "broken",
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
        RevisionFiles.write(migrations(), "a1a1a1", List.of(), "create users",
                "op.createTable(\"users\", column(\"id\", \"bigint\").notNull());", "op.dropTable(\"users\");");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "broken",
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
            RevisionFiles.write(migrations(), id, i == 1 ? List.of() : List.of("0000a" + (i - 1)), "slow " + i,
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
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "add email",
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
        assertThat(runner.current()).containsExactly("a1a1a1", "ffffff");
        assertThatThrownBy(() -> runner.upgrade("head")).hasMessage("The version table autogen_version records"
                + " revision ffffff, which no revision file in the migrations folder has; restore its file (an older"
                + " checkout?), or if it never ran or was removed on purpose, run 'autogen repair' to delete its row.");
        assertThat(runner.stamp("head", true).after()).containsExactly("c3c3c3");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1", "b2b2b2", "c3c3c3");
    }

    @Test
    void concurrentIndexRunsOutsideTheTransactionWithAWarning() throws Exception {
        writeChain();
        RevisionFiles.write(migrations(), "d4d4d4", List.of("c3c3c3"), "index email",
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

    /**
     * One transaction policy online and offline: a statement outside a transaction (CONCURRENTLY) ends the one
     * before it; the next one gets the revision's SET LOCAL settings again, so a lock_timeout keeps applying (it
     * did not: the second transaction ran with the server's default).
     */
    @Test
    void setLocalSettingsHoldInEveryTransactionOfARevisionOnlineAndOffline() throws Exception {
        writeChain();
        RevisionFiles.write(migrations(), "d4d4d4", List.of("c3c3c3"), "index email",
                "op.execute(\"SET LOCAL lock_timeout = '1234ms'\");"
                        + " op.createIndex(\"ix_users_email\", \"users\", \"email\").concurrently();"
                        + " op.execute(\"CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS v\");",
                "op.execute(\"DROP TABLE seen\"); op.dropIndex(\"ix_users_email\", \"users\").concurrently();");
        Runner runner = runner();
        runner.upgrade("head");
        assertThat(query("SELECT v FROM seen")).containsExactly("1234ms");

        String script = OfflineScript.upgrade(runner, "c3c3c3:d4d4d4");
        assertThat(script).contains("BEGIN;\nSET LOCAL lock_timeout = '1234ms';\nCOMMIT;\n"
                + "-- must run outside a transaction\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n"
                + "BEGIN;\nSET LOCAL lock_timeout = '1234ms';\nCREATE TABLE seen AS");
        assertThat(script.indexOf("INSERT INTO autogen_version")).isLessThan(script.lastIndexOf("COMMIT;"));
        runner.downgrade("c3c3c3");
        db.execute(script);
        assertThat(query("SELECT v FROM seen")).containsExactly("1234ms");
        assertThat(runner.current()).containsExactly("d4d4d4");
    }

    /** transaction_per_run holds offline too: one transaction around the whole script (it was one per revision). */
    @Test
    void offlineScriptOfTransactionPerRunIsOneTransaction() throws Exception {
        writeChain();
        Runner runner = runner(settings(Settings.DEFAULT_LOCK_TIMEOUT, true));
        String script = OfflineScript.upgrade(runner, "head");
        assertThat(script.split("\nBEGIN;\n", -1)).hasSize(2);
        assertThat(script.split("\nCOMMIT;\n", -1)).hasSize(2);
        assertThat(script.indexOf("BEGIN;")).isLessThan(script.indexOf("-- Running upgrade base -> a1a1a1"));
        assertThat(script.lastIndexOf("COMMIT;")).isGreaterThan(script.lastIndexOf("INSERT INTO autogen_version"));
        db.execute(script);
        assertThat(runner.current()).containsExactly("c3c3c3");
    }

    /**
     * A revision that declares it runs outside a transaction runs each statement on its own: online, a failure
     * leaves the statements before it applied and the revision marked interrupted; offline, it has no BEGIN.
     */
    @Test
    void aRevisionDeclaredOutsideATransactionRunsEachStatementOnItsOwn() throws Exception {
        writeChain();
        Path file = RevisionFiles.write(migrations(), "d4d4d4", List.of("c3c3c3"), "backfill",
                "op.execute(\"CREATE TABLE step1 (id int)\"); op.execute(\"SELECT 1/0\");",
                "op.execute(\"DROP TABLE step1\");");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("message = \"backfill\")", "message = \"backfill\", transactional = false)"));
        Runner runner = runner();
        String script = OfflineScript.upgrade(runner, "c3c3c3:d4d4d4");
        assertThat(script).doesNotContain("BEGIN;\n-- must run").contains("-- must run outside a transaction\n"
                + "CREATE TABLE step1 (id int);\n-- must run outside a transaction\nSELECT 1/0;\n");
        assertThatThrownBy(() -> runner.upgrade("head")).isInstanceOf(AutogenException.class);
        assertThat(events).anyMatch(e -> e.contains("runs outside a transaction, as it declares"));
        assertThat(query("SELECT count(*)::text FROM information_schema.tables WHERE table_name = 'step1'"))
                .as("the statement before the failing one stays applied").containsExactly("1");
        assertThat(runner.current()).containsExactly("c3c3c3");
        assertThatThrownBy(() -> runner.upgrade("head")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void offlineScriptsMatchWhatTheRunnerDoes() throws Exception {
        writeChain();
        Runner runner = runner();
        String up = OfflineScript.upgrade(runner, "head");

        assertThat(up).contains("-- Running upgrade base -> a1a1a1 (create users)\nBEGIN;\nCREATE TABLE users (",
                "-- Running upgrade a1a1a1 -> b2b2b2 (add email)\nBEGIN;\nALTER TABLE users ADD COLUMN email varchar(255);\n",
                "');\nCOMMIT;\n",
                "INSERT INTO autogen_version (revision, checksum, downgrade_checksum) VALUES ('c3c3c3', 'o1:");
        assertThat(up.indexOf("CREATE TABLE autogen_version")).isLessThan(up.indexOf("-- Running upgrade"));
        db.execute(up);
        assertThat(runner.current()).containsExactly("c3c3c3");
        assertThat(runner.editedRevisions()).isEmpty();
        assertThat(columns()).containsExactly("orders.id", "users.email", "users.id");

        String partial = OfflineScript.upgrade(runner, "a1a1a1:b2b2b2");
        assertThat(partial).doesNotContain("CREATE TABLE").contains("-- Running upgrade a1a1a1 -> b2b2b2");
        assertThat(partial).doesNotContain("c3c3c3");

        String down = OfflineScript.downgrade(runner, "head:base");
        assertThat(down).contains("-- Running downgrade c3c3c3 -> b2b2b2 (create orders)\nBEGIN;\nDROP TABLE orders;\n"
                + "DELETE FROM autogen_version WHERE revision = 'c3c3c3';\nCOMMIT;\n");
        db.execute(down);
        assertThat(runner.current()).isEmpty();
        assertThat(columns()).isEmpty();
        assertThatThrownBy(() -> OfflineScript.downgrade(runner, "head"))
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.USAGE));
    }

    @Test
    void headsOfBranchesAreUpgradedTogetherAndCurrentShowsBoth() throws Exception {
        writeChain();
        RevisionFiles.write(migrations(), "e5e5e5", List.of("a1a1a1"), "side",
                "op.createTable(\"side\", column(\"id\", \"integer\"));", "op.dropTable(\"side\");");
        Runner runner = runner();
        assertThatThrownBy(() -> runner.upgrade("head")).hasMessageStartingWith("There are 2 heads (");
        runner.upgrade("heads");
        assertThat(new TreeSet<>(runner.current())).containsExactly("c3c3c3", "e5e5e5");
        runner.downgrade("b2b2b2");
        assertThat(new TreeSet<>(runner.current())).containsExactly("b2b2b2", "e5e5e5");
    }

    // ---- checksums of both directions, stable across renderers, older version tables (issue #12, point 6) ----

    @Test
    void editedDowngradeOfAnAppliedRevisionIsDetected() throws Exception {
        writeChain();
        runner().upgrade("head");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "add email",
                "op.addColumn(\"users\", column(\"email\", \"varchar(255)\"));",
                "op.execute(\"UPDATE users SET email = NULL\"); op.dropColumn(\"users\", \"email\");");

        assertThat(runner().editedRevisions()).containsExactly("b2b2b2");
        events.clear();
        runner().upgrade("head");
        assertThat(events).singleElement().asString().contains("the operations its downgrade records no longer match");
    }

    @Test
    void sqlRenderedDifferentlyDoesNotMarkAppliedRevisionsAsEdited() throws Exception {
        writeChain();
        runner().upgrade("head");
        Runner rewritten = runner(Settings.defaults(dir), withRewrittenSql(new PostgresDialect()));

        assertThat(OfflineScript.upgrade(rewritten, "head")).contains("/* rendered by a newer autogen */");
        assertThat(rewritten.editedRevisions()).isEmpty();
    }

    @Test
    void versionTableOfTheEarlierFormatIsUpgradedInPlaceAndKeepsItsRevisions() throws Exception {
        writeChain();
        Runner runner = runner();
        List<LoadedRevision> loaded = RevisionFolder.load(migrations(), List.of(), getClass().getClassLoader(),
                dir.resolve(".autogen-cache"));
        PostgresDialect dialect = new PostgresDialect();
        db.execute("CREATE TABLE autogen_version (revision varchar(64) NOT NULL, checksum varchar(64),"
                        + " applied_at timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL, CONSTRAINT autogen_version_pkey PRIMARY KEY (revision))",
                "CREATE TABLE users (id bigint NOT NULL, email varchar(255), CONSTRAINT users_pkey PRIMARY KEY (id))");
        for (LoadedRevision r : loaded) {
            if (!r.id().equals("c3c3c3")) {
                db.execute("INSERT INTO autogen_version (revision, checksum) VALUES ('" + r.id() + "', '"
                        + Checksums.ofLegacy(r, dialect.renderer()) + "')");
            }
        }

        assertThat(runner.current()).containsExactly("b2b2b2");
        assertThat(runner.editedRevisions()).isEmpty();
        assertThat(runner.upgrade("head").revisions()).extracting(RevisionInfo::id).containsExactly("c3c3c3");

        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_name = 'autogen_version'"
                + " ORDER BY ordinal_position"))
                .containsExactly("revision", "checksum", "applied_at", "downgrade_checksum", "state", "operations_done");
        assertThat(versionRows()).containsOnlyKeys("a1a1a1", "b2b2b2", "c3c3c3")
                .allSatisfy((id, checksum) -> assertThat(checksum).startsWith(Checksums.PREFIX));
        assertThat(query("SELECT count(*) FROM autogen_version WHERE downgrade_checksum IS NULL")).containsExactly("0");
        assertThat(runner().editedRevisions()).isEmpty();
    }

    /** The dialect with a renderer that writes every statement differently, as a newer autogen might. */
    private static dev.autogen.dialect.Dialect withRewrittenSql(dev.autogen.dialect.Dialect dialect) {
        dev.autogen.dialect.DdlRenderer real = dialect.renderer();
        dev.autogen.dialect.DdlRenderer renderer = (dev.autogen.dialect.DdlRenderer) java.lang.reflect.Proxy.newProxyInstance(
                RunnerIT.class.getClassLoader(), new Class<?>[] {dev.autogen.dialect.DdlRenderer.class}, (proxy, method, args) -> {
                    Object result = invoke(proxy, method, real, args);
                    if (method.getName().equals("render")) {
                        return ((List<?>) result).stream().map(s -> (dev.autogen.dialect.SqlStatement) s)
                                .map(s -> new dev.autogen.dialect.SqlStatement(s.sql() + " /* rendered by a newer autogen */",
                                        s.outsideTransaction())).toList();
                    }
                    return result;
                });
        return (dev.autogen.dialect.Dialect) java.lang.reflect.Proxy.newProxyInstance(RunnerIT.class.getClassLoader(),
                new Class<?>[] {dev.autogen.dialect.Dialect.class},
                (proxy, method, args) -> method.getName().equals("renderer") ? renderer : invoke(proxy, method, dialect, args));
    }

    /** Default methods run on the proxy (so they call the other methods through it), the rest on {@code target}. */
    private static Object invoke(Object proxy, java.lang.reflect.Method method, Object target, Object[] args)
            throws Throwable {
        try {
            return method.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                    : method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---- the migration lock (issue #12, point 3) ----

    /** The backend pid holding an advisory lock in this database, or null. */
    private String advisoryHolder() throws SQLException {
        List<String> pids = query("SELECT l.pid::text FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '" + db.name() + "'");
        return pids.isEmpty() ? null : pids.get(0);
    }

    private void writeSlowRevision(String seconds) {
        RevisionFiles.write(migrations(), "a1a1a1", List.of(), "create t",
                "op.createTable(\"t\", column(\"id\", \"integer\"));", "op.dropTable(\"t\");");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("a1a1a1"), "slow fill",
                "op.execute(\"SELECT pg_sleep(" + seconds + ")\"); op.execute(\"INSERT INTO t SELECT generate_series(1, 10)\");",
                "op.execute(\"DELETE FROM t\");");
    }

    /** Waits until a statement starting with {@code prefix} runs in this database; returns its backend pid. */
    private String waitForStatement(String prefix, Future<?> run) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> pids = query("SELECT pid::text FROM pg_stat_activity WHERE datname = '" + db.name()
                    + "' AND state = 'active' AND query LIKE '" + prefix + "%'");
            if (!pids.isEmpty()) {
                return pids.get(0);
            }
            if (run.isDone()) {
                run.get();
                throw new AssertionError("the upgrade ended before running " + prefix);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no statement " + prefix + " started within 30 s");
    }

    @Test
    void theLockIsHeldByTheConnectionThatMigrates() throws Exception {
        writeSlowRevision("2");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunResult> run = pool.submit(() -> runner().upgrade("head"));
            String migrating = waitForStatement("SELECT pg_sleep", run);
            assertThat(advisoryHolder()).isEqualTo(migrating);
            run.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(advisoryHolder()).isNull();
    }

    @Test
    void anIdleSessionTimeoutCannotLetASecondUpgradeRunAlongside() throws Exception {
        writeSlowRevision("2");
        db.execute("ALTER DATABASE " + db.name() + " SET idle_session_timeout = '300ms'");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RunResult> first = pool.submit(() -> runner().upgrade("head"));
            waitForStatement("SELECT pg_sleep", first);
            Thread.sleep(800);
            Future<RunResult> second = pool.submit(() -> runner(settings(Duration.ofSeconds(20), false)).upgrade("head"));
            assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).revisions()).hasSize(2);
            assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS).nothingToDo()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(query("SELECT count(*) FROM t")).containsExactly("10");
    }

    @Test
    void projectsWithTheirOwnVersionTablesDoNotWaitForEachOther() throws Exception {
        writeChain();
        Settings d = settings(Duration.ofMillis(300), false);
        Settings other = d.withVersionTable("other_version");
        try (Connection holder = db.connect();
             dev.autogen.dialect.MigrationLock held = new PostgresDialect().lock(holder, Duration.ofSeconds(1))) {
            assertThat(runner(other).upgrade("head").after()).containsExactly("c3c3c3");
            assertThatThrownBy(() -> runner(d).upgrade("head"))
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.LOCKED));
            assertThat(held).isNotNull();
        }
    }

    @Test
    void failingToReleaseTheLockAfterASuccessfulUpgradeIsAWarning() throws Exception {
        writeChain();
        ProgressListener killer = new ProgressListener() {
            @Override
            public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
                if (revision.id().equals("c3c3c3")) {
                    // the run is committed; end the migrating session before the runner releases the lock
                    db.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                            + " AND database = (SELECT oid FROM pg_database WHERE datname = '" + db.name() + "')");
                }
            }

            @Override
            public void warning(String message) {
                events.add("warning " + message);
            }
        };
        List<LoadedRevision> revisions = RevisionFolder.load(migrations(), List.of(), getClass().getClassLoader(),
                dir.resolve(".autogen-cache"));
        Runner runner = new Runner(new PostgresDialect(), db::connect, RunOptions.DEFAULT, SafetyOptions.DEFAULT, revisions, killer);

        assertThat(runner.upgrade("head").after()).containsExactly("c3c3c3");
        assertThat(events).singleElement().asString().startsWith("warning The upgrade finished, but releasing the"
                + " migration lock failed: ");
        assertThat(runner().current()).containsExactly("c3c3c3");
    }

    // ---- a lost connection keeps the real error (issue #12, point 4) ----

    @Test
    void aTerminatedConnectionReportsTheRevisionThatFailed() throws Exception {
        writeSlowRevision("10");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunResult> run = pool.submit(() -> runner().upgrade("head"));
            String pid = waitForStatement("SELECT pg_sleep", run);
            db.execute("SELECT pg_terminate_backend(" + pid + ")");
            assertThatThrownBy(() -> run.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(AutogenException.class)
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                    .hasMessageStartingWith("Revision b2b2b2 (slow fill) failed at operation 1 (")
                    .hasMessageContaining("The database is still at revision a1a1a1");
        } finally {
            pool.shutdownNow();
        }
        assertThat(runner().current()).containsExactly("a1a1a1");
    }

    // ---- interrupted revisions (issue #12, point 2) ----

    @Test
    void aRevisionInterruptedAfterWorkOutsideATransactionIsReportedAndRepaired() throws Exception {
        writeChain();
        RevisionFiles.write(migrations(), "d4d4d4", List.of("c3c3c3"), "index and wait",
                "op.createIndex(\"ix_users_email\", \"users\", \"email\").concurrently();"
                        + " op.execute(\"SELECT pg_sleep(10)\"); op.addColumn(\"users\", column(\"x\", \"integer\"));",
                "op.dropColumn(\"users\", \"x\"); op.dropIndex(\"ix_users_email\", \"users\").concurrently();");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunResult> run = pool.submit(() -> runner().upgrade("head"));
            String pid = waitForStatement("SELECT pg_sleep", run);
            db.execute("SELECT pg_terminate_backend(" + pid + ")");
            assertThatThrownBy(() -> run.get(30, java.util.concurrent.TimeUnit.SECONDS)).cause()
                    .hasMessageContaining("operation 1 of d4d4d4 (create index ix_users_email on users (email)) stays"
                            + " applied");
        } finally {
            pool.shutdownNow();
        }
        String interrupted = "Revision d4d4d4 (index and wait) was interrupted after operation 1 of 3; these operations"
                + " may be applied: 1 (create index ix_users_email on users (email)). Undo them by hand and run"
                + " 'autogen repair' to clear the mark";
        Runner runner = runner();
        assertThat(runner.current()).containsExactly("c3c3c3");
        assertThat(runner.state().problems()).singleElement().asString().startsWith(interrupted);
        assertThatThrownBy(() -> runner.upgrade("head"))
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageStartingWith(interrupted);

        db.execute("DROP INDEX ix_users_email");
        assertThat(runner.repair()).singleElement().asString().startsWith("Cleared the mark of interrupted revision d4d4d4");
        assertThat(runner.upgrade("head").after()).containsExactly("d4d4d4");
        assertThat(columns()).contains("users.x");
        assertThat(runner.state().problems()).isEmpty();
    }

    // ---- no revision is skipped (issue #12, point 5) ----

    @Test
    void aRevisionAddedBelowAnAppliedOneIsPendingAndRunsOnlyWhenNamed() throws Exception {
        writeChain();
        runner().upgrade("b2b2b2");
        // a branch merged late: x9x9x9 now sits between a1a1a1 and the applied b2b2b2
        RevisionFiles.write(migrations(), "x9x9x9", List.of("a1a1a1"), "late",
                "op.createTable(\"late\", column(\"id\", \"integer\"));", "op.dropTable(\"late\");");
        RevisionFiles.write(migrations(), "b2b2b2", List.of("x9x9x9"), "add email",
                "op.addColumn(\"users\", column(\"email\", \"varchar(255)\"));",
                "op.dropColumn(\"users\", \"email\");");
        Runner runner = runner();

        assertThat(runner.pending()).extracting(RevisionInfo::id).containsExactly("x9x9x9", "c3c3c3");
        assertThatThrownBy(() -> runner.upgrade("head"))
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION))
                .hasMessage("Revision x9x9x9 (late) is not applied, but b2b2b2, which follows it, is: it was added"
                        + " below an applied revision (for example a branch merged late), so it would run after them."
                        + " Check that it does not conflict with them, then run 'autogen upgrade x9x9x9' to apply it,"
                        + " or 'autogen stamp x9x9x9' if its changes are already in the database.");
        assertThat(columns()).doesNotContain("late.id");

        assertThat(runner.upgrade("x9x9x9").revisions()).extracting(RevisionInfo::id).containsExactly("x9x9x9");
        assertThat(runner.upgrade("head").revisions()).extracting(RevisionInfo::id).containsExactly("c3c3c3");
        assertThat(columns()).contains("late.id", "orders.id");
        assertThat(runner.pending()).isEmpty();
    }

    @Test
    void aRecordedIdWithoutARevisionFileIsRepairedByDeletingItsRow() throws Exception {
        writeChain();
        Runner runner = runner();
        runner.upgrade("b2b2b2");
        db.execute("INSERT INTO autogen_version (revision) VALUES ('ffffff')");

        assertThat(runner.state().problems()).singleElement().asString().contains("run 'autogen repair' to delete its row");
        assertThat(runner.repair()).containsExactly("Deleted the row of revision ffffff, which no revision file has.");
        assertThat(runner.upgrade("head").after()).containsExactly("c3c3c3");
    }
}
