package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An autogen process killed with SIGKILL in the middle of an upgrade: a rerun finishes cleanly, never applies a
 * revision twice, and reports a revision that was cut off half-way where DDL cannot roll back (issue #12).
 * Every wait is bounded.
 */
class KilledProcessIT {

    @Test
    void sigkillMidUpgradeThenRerunFinishes(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "none");
            Path marker = project.resolve("sleep-marker");
            Files.writeString(marker, "sleep");
            cli.write("migrations/Ra1a1a1a1a1a1.java", revision("a1a1a1a1a1a1", null, "create t1",
                    "op.createTable(\"t1\", column(\"id\", \"integer\").notNull());", "op.dropTable(\"t1\");"));
            cli.write("migrations/Rb2b2b2b2b2b2.java", revision("b2b2b2b2b2b2", "a1a1a1a1a1a1", "slow t2",
                    "if (java.nio.file.Files.exists(java.nio.file.Path.of(" + quote(marker.toString()) + "))) {"
                            + " op.execute(\"SELECT pg_sleep(5)\"); }\n"
                            + "        op.createTable(\"t2\", column(\"id\", \"integer\").notNull());",
                    "op.dropTable(\"t2\");"));

            Process p = startUpgrade(project);
            waitForSleep(db, p, project.resolve("killed.log"));
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(applied(db)).containsExactly("a1a1a1a1a1a1");

            Files.delete(marker);
            cli.expect(0, "upgrade", "head");
            assertThat(applied(db)).containsExactlyInAnyOrder("a1a1a1a1a1a1", "b2b2b2b2b2b2");
            assertThat(ScenarioIT.inspect(db).tables()).hasSize(2);
            assertThat(cli.expect(0, "current").out()).contains("b2b2b2b2b2b2 (head)");
        }
    }

    @Test
    void mariaDbDataRevisionKilledMidStatementIsAppliedOnce(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(project).configure(db, "none");
            cli.write("migrations/Ra1a1a1a1a1a1.java", revision("a1a1a1a1a1a1", null, "create t",
                    "op.createTable(\"t\", column(\"id\", \"integer\"));", "op.dropTable(\"t\");"));
            cli.write("migrations/Rb2b2b2b2b2b2.java", revision("b2b2b2b2b2b2", "a1a1a1a1a1a1", "fill t",
                    "op.execute(\"INSERT INTO t (id) SELECT seq FROM seq_1_to_5 WHERE SLEEP(0.4) = 0\");",
                    "op.execute(\"DELETE FROM t\");"));

            Process p = startUpgrade(project);
            waitFor(db, p, project.resolve("killed.log"), "INSERT INTO t");
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            // the server finishes the statement of a client that is gone; it must not commit it
            waitUntilGone(db, "INSERT INTO t");
            assertThat(count(db, "SELECT COUNT(*) FROM t")).isZero();

            cli.expect(0, "upgrade", "head");
            assertThat(count(db, "SELECT COUNT(*) FROM t")).isEqualTo(5);
            assertThat(cli.expect(0, "current").out()).contains("b2b2b2b2b2b2 (head)");
        }
    }

    @Test
    void mariaDbRevisionKilledAfterItsFirstDdlIsReportedAndRepaired(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(project).configure(db, "none");
            Path marker = project.resolve("sleep-marker");
            Files.writeString(marker, "sleep");
            cli.write("migrations/Ra1a1a1a1a1a1.java", revision("a1a1a1a1a1a1", null, "create t1",
                    "op.createTable(\"t1\", column(\"id\", \"integer\"));", "op.dropTable(\"t1\");"));
            cli.write("migrations/Rb2b2b2b2b2b2.java", revision("b2b2b2b2b2b2", "a1a1a1a1a1a1", "two tables",
                    "op.createTable(\"t_8\", column(\"id\", \"integer\"));\n"
                            + "        if (java.nio.file.Files.exists(java.nio.file.Path.of(" + quote(marker.toString()) + "))) {"
                            + " op.execute(\"SELECT SLEEP(5)\"); }\n"
                            + "        op.createTable(\"t_9\", column(\"id\", \"integer\"));",
                    "op.dropTable(\"t_9\"); op.dropTable(\"t_8\");"));

            Process p = startUpgrade(project);
            waitFor(db, p, project.resolve("killed.log"), "SELECT SLEEP");
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            String interrupted = "Revision b2b2b2b2b2b2 (two tables) was interrupted after operation 1 of 3; these"
                    + " operations may be applied: 1 (create table t_8 (id)). Undo them by hand and run 'autogen repair'";
            assertThat(cli.expect(7, "upgrade", "head").err()).contains(interrupted).doesNotContain("already exists");
            Cli.Result current = cli.expect(0, "current");
            assertThat(current.out()).contains("a1a1a1a1a1a1, create t1", "b2b2b2b2b2b2 (interrupted upgrade, after operation 1 of 3)");
            assertThat(current.err()).contains(interrupted);
            assertThat(cli.expect(1, "check").out()).contains("problem: " + interrupted).doesNotContain("OK");

            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE t_8");
            }
            Files.delete(marker);
            assertThat(cli.expect(0, "repair").out()).contains("Cleared the mark of interrupted revision b2b2b2b2b2b2");
            cli.expect(0, "upgrade", "head");
            assertThat(count(db, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME IN ('t_8', 't_9')")).isEqualTo(2);
            assertThat(cli.expect(0, "current").out()).contains("b2b2b2b2b2b2 (head)").doesNotContain("interrupted");
        }
    }

    private static Process startUpgrade(Path project) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.autogen.cli.Main", "upgrade", "head")
                .directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("killed.log").toFile()).start();
    }

    /** Waits (at most 60 s) until this MariaDB test database runs a statement starting with {@code prefix}. */
    private static void waitFor(TestDatabase db, Process p, Path log, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the upgrade process ended before it could be killed:\n" + Files.readString(log));
            }
            if (running(db, prefix) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the upgrade never reached " + prefix);
    }

    /** Waits (at most 30 s) until no statement starting with {@code prefix} runs in this MariaDB test database. */
    private static void waitUntilGone(TestDatabase db, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (running(db, prefix) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the statement " + prefix + " still runs 30 s after its client was killed");
            }
            Thread.sleep(100);
        }
    }

    private static long running(TestDatabase db, String prefix) throws Exception {
        return count(db, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '" + db.name()
                + "' AND INFO LIKE '" + prefix + "%'");
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void waitForSleep(TestDatabase db, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the upgrade process ended before it could be killed:\n" + Files.readString(log));
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'"
                         + " AND state = 'active' AND datname = current_database()")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upgrade never reached the slow revision");
    }

    private static java.util.List<String> applied(TestDatabase db) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM autogen_version ORDER BY revision")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static String quote(String s) {
        return "\"" + s.replace(File.separator.equals("\\") ? "\\" : "\u0000", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String revision(String id, String parent, String message, String upgrade, String downgrade) {
        return "package migrations;\n\nimport static dev.autogen.runtime.Ddl.*;\n\n"
                + "import dev.autogen.runtime.*;\n\n"
                + "@Revision(id = \"" + id + "\"" + (parent == null ? "" : ", parents = \"" + parent + "\"")
                + ", message = \"" + message + "\")\n"
                + "public final class R" + id + " implements Migration {\n"
                + "    @Override\n    public void upgrade(Op op) {\n        " + upgrade + "\n    }\n\n"
                + "    @Override\n    public void downgrade(Op op) {\n        " + downgrade + "\n    }\n}\n";
    }
}
