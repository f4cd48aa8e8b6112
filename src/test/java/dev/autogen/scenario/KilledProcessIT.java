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

/** An autogen process killed with SIGKILL in the middle of an upgrade; a rerun finishes cleanly. */
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

            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.autogen.cli.Main", "upgrade", "head")
                    .directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(project.resolve("killed.log").toFile()).start();
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
