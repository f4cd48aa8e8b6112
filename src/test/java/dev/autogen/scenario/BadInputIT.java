package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and mistaken input (issue #12, "Bad input"), through the real CLI on the real servers: nothing gets
 * through, and each mistake is one clear line with its documented exit code.
 */
class BadInputIT {
    static final String HOSTILE = "\\'; DROP TABLE victim; --";

    @TempDir
    Path project;

    static String entity(String comment) {
        String c = comment.replace("\\", "\\\\").replace("\"", "\\\"");
        return "package app;\n"
                + "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"note\")\n"
                + "@org.hibernate.annotations.Comment(\"" + c + "\")\n"
                + "public class Note {\n"
                + "    @jakarta.persistence.Id Long id;\n"
                + "    @org.hibernate.annotations.Comment(\"" + c + "\") String body;\n"
                + "}\n";
    }

    static String rowsRevision(String value) {
        String v = value.replace("\\", "\\\\").replace("\"", "\\\"");
        return KilledProcessIT.revision("d4d4d4d4d4d4", null, "rows",
                "op.createTable(\"rows_t\", column(\"id\", \"integer\").notNull(), column(\"v\", \"varchar(100)\"));"
                        + " op.bulkInsert(\"rows_t\", java.util.List.of(\"id\", \"v\"), java.util.List.of("
                        + "java.util.List.<Object>of(1, \"" + v + "\")));",
                "op.dropTable(\"rows_t\");");
    }

    @Test
    void hostileCommentAndRowOnPostgresWithStandardConformingStringsOff() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("CREATE TABLE victim (id integer)",
                    "ALTER DATABASE " + db.name() + " SET standard_conforming_strings = off");
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Note.java", entity(HOSTILE))
                    .write("migrations/Rd4d4d4d4d4d4.java", rowsRevision(HOSTILE));
            Files.writeString(project.resolve("autogen.properties"), "exclude_tables=victim,rows_t\n",
                    java.nio.file.StandardOpenOption.APPEND);
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "revision", "--autogenerate", "-m", "notes");
            cli.expect(0, "upgrade", "head");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(one(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'victim'")).isEqualTo("1");
                assertThat(one(s, "SELECT obj_description('note'::regclass, 'pg_class')")).isEqualTo(HOSTILE);
                assertThat(one(s, "SELECT col_description('note'::regclass, 2)")).isEqualTo(HOSTILE);
                assertThat(one(s, "SELECT v FROM rows_t")).isEqualTo(HOSTILE);
            }
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "base");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(one(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'victim'")).isEqualTo("1");
            }
            // the offline script, run as a DBA would on a database with the setting off
            String script = cli.expect(0, "upgrade", "head", "--sql").out();
            try (TestDatabase offline = TestDatabase.postgres()) {
                offline.execute("CREATE TABLE victim (id integer)",
                        "ALTER DATABASE " + offline.name() + " SET standard_conforming_strings = off");
                offline.execute(script);
                try (Connection c = offline.connect(); Statement s = c.createStatement()) {
                    assertThat(one(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'victim'")).isEqualTo("1");
                    assertThat(one(s, "SELECT col_description('note'::regclass, 2)")).isEqualTo(HOSTILE);
                    assertThat(one(s, "SELECT v FROM rows_t")).isEqualTo(HOSTILE);
                }
            }
        }
    }

    @Test
    void hostileCommentOnMariaDbWithAndWithoutNoBackslashEscapes() throws Exception {
        for (String mode : new String[] {"NO_BACKSLASH_ESCAPES", "STRICT_TRANS_TABLES"}) {
            try (TestDatabase db = TestDatabase.mariadb()) {
                db.execute("CREATE TABLE victim (id integer)");
                String url = db.url() + (db.url().contains("?") ? "&" : "?") + "sessionVariables=sql_mode=" + mode;
                Path dir = Files.createDirectories(project.resolve(mode));
                Cli cli = new Cli(dir).write("autogen.properties", "url=" + url + "\nsources=src\npackages=app\n"
                                + "exclude_tables=victim,rows_t\n")
                        .write("src/app/Note.java", entity(HOSTILE))
                        .write("migrations/Rd4d4d4d4d4d4.java", rowsRevision(HOSTILE));
                cli.expect(0, "upgrade", "head");
                cli.expect(0, "revision", "--autogenerate", "-m", "notes");
                cli.expect(0, "upgrade", "head");
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    assertThat(one(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                            + db.name() + "' AND table_name = 'victim'")).as(mode).isEqualTo("1");
                    assertThat(one(s, "SELECT table_comment FROM information_schema.tables WHERE table_schema = '"
                            + db.name() + "' AND table_name = 'note'")).as(mode).isEqualTo(HOSTILE);
                    assertThat(one(s, "SELECT v FROM rows_t")).as(mode).isEqualTo(HOSTILE);
                }
                cli.expect(0, "check");
            }
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void lineAndParagraphSeparatorsInMessageAndCommentStillCompile() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Note.java", entity("one\u2028two\u2029three"));
            cli.expect(0, "revision", "--autogenerate", "-m", "first\u2028second\u2029third");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
        }
    }

    @Test
    void passwordInUserInfoIsNotPrintedWhenTheServerCannotBeReached() {
        Cli.Result r = new Cli(project).run("--url", "jdbc:mariadb://someone:PW-user-info-9@127.0.0.1:3399/db", "current");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out() + r.err()).doesNotContain("PW-user-info").doesNotContain("user-info-9");
    }

    @Test
    void userAndPasswordInTheUrlAreUsedToConnect() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            String url = db.url().replace("jdbc:mariadb://", "jdbc:mariadb://root:@").replaceAll("\\?.*", "");
            Cli.Result r = new Cli(project).write("autogen.properties", "url=" + url + "\n").run("current");
            assertThat(r.code()).as(r.err()).isEqualTo(0);
        }
    }

    @Test
    void passwordWithASemicolonIsRedactedWholeAndTheSentenceGoesOn() {
        String url = "jdbc:postgresql://127.0.0.1:5432/ag_no_such_db_x?user=postgres&password=a;secretPart";
        Cli.Result r = new Cli(project).run("--url", url, "current");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out() + r.err()).doesNotContain("secretPart").contains("does not exist");
        Cli.Result v = new Cli(project).run("--url", url, "current", "--verbose");
        assertThat(v.out() + v.err()).doesNotContain("secretPart");
    }

    @Test
    void configuredPasswordIsNeverPrintedOnAnyPath() throws Exception {
        String secret = "Zq9-never-print-me";
        try (TestDatabase db = TestDatabase.mariadb()) {
            String base = db.url().replaceAll("\\?.*", "");
            Cli cli = new Cli(project).write("autogen.properties", "url=" + base + "\nuser=root\npassword=" + secret
                    + "\nsources=src\npackages=app\n").write("src/app/.keep", "");
            for (String[] args : new String[][] {{"current"}, {"current", "-v"}, {"upgrade", "head", "-v"},
                    {"check", "-v"}, {"history", "-v"}}) {
                Cli.Result r = cli.run(args);
                assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain(secret)
                        .doesNotContain("never-print");
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void passwordOptionWithoutAValueDoesNotWaitOnAPipe() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.autogen.cli.Main", "--url",
                "jdbc:h2:mem:x", "--password", "current").directory(project.toFile()).redirectErrorStream(true).start();
        // stdin stays open and empty, as when autogen runs in a pipeline
        boolean ended = p.waitFor(40, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("autogen --password waited on stdin").isTrue();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("--password");
    }

    @Test
    void errorsThrownByUpgradeAreThatRevisionsFailure() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "none");
            // an AssertionError, then a StackOverflowError from runaway recursion
            String[][] cases = {{"if (op != null) throw new AssertionError(\"boom-assert\");", "boom-assert"},
                    {"upgrade(op);", "StackOverflowError"}};
            for (String[] c : cases) {
                cli.write("migrations/Re5e5e5e5e5e5.java", KilledProcessIT.revision("e5e5e5e5e5e5", null, "boom",
                        c[0], "op.execute(\"SELECT 1\");"));
                Cli.Result r = cli.run("upgrade", "head");
                assertThat(r.code()).as(r.err()).isEqualTo(7);
                assertThat(r.err()).startsWith("error: Revision e5e5e5e5e5e5").contains(c[1]).doesNotContain("\tat ");
            }
        }
    }

    @Test
    void invalidRevisionIdsAreRejectedWhenLoadedBeforeAnyDdl() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(project).configure(db, "none");
            String longId = "a".repeat(80);
            cli.write("migrations/Rlong.java", KilledProcessIT.revision(longId, null, "long",
                    "op.createTable(\"t_long\", column(\"id\", \"integer\").notNull());", "op.dropTable(\"t_long\");")
                    .replace("class R" + longId, "class Rlong"));
            Cli.Result r = cli.run("upgrade", "head");
            assertThat(r.code()).as(r.err()).isEqualTo(6);
            assertThat(r.err()).contains("80 characters").contains("64").doesNotContain("\tat ");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(one(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + db.name() + "' AND table_name = 't_long'")).isEqualTo("0");
            }
            Files.delete(project.resolve("migrations/Rlong.java"));
            for (String id : new String[] {"", "head", "base"}) {
                cli.write("migrations/Rbad.java", KilledProcessIT.revision(id, null, "bad", "op.execute(\"SELECT 1\");",
                        "op.execute(\"SELECT 1\");").replace("class R" + id + " ", "class Rbad "));
                Cli.Result b = cli.run("history");
                assertThat(b.code()).as(id + ": " + b.err()).isEqualTo(6);
                assertThat(b.err()).as(id).contains("Rbad").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void negativeLockTimeoutIsAConfigError() {
        Cli.Result r = new Cli(project).write("autogen.properties", "lock_timeout=-5s\n").run("current");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("autogen.properties:1").contains("lock_timeout").contains("negative");
        Cli.Result iso = new Cli(project).write("autogen.properties", "lock_timeout=PT-1M\n").run("current");
        assertThat(iso.code()).isEqualTo(3);
    }

    @Test
    void commentEndingInABackslashDoesNotHideTheNextKey() {
        Cli.Result r = new Cli(project).write("autogen.properties", "# a comment \\\nurll=jdbc:h2:mem:x\n").run("current");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("autogen.properties:2: unknown key 'urll'");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void postWriteHookThatNeverEndsIsStoppedAtItsTimeLimit() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "none");
            Files.writeString(project.resolve("autogen.properties"), "post_write_hook=sleep 600; echo {file}\n"
                    + "post_write_hook_timeout=2s\n", java.nio.file.StandardOpenOption.APPEND);
            long start = System.nanoTime();
            Cli.Result r = cli.run("revision", "-m", "empty");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertThat(r.code()).as(r.err()).isEqualTo(0);
            assertThat(seconds).isLessThan(30);
            assertThat(r.err()).contains("post_write_hook").contains("2 s");
        }
    }

    @Test
    void mysqlUrlsConnect() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            String url = db.url().replace("jdbc:mariadb:", "jdbc:mysql:");
            Cli cli = new Cli(project).write("autogen.properties", "url=" + url + "\nsources=src\npackages=app\n")
                    .write("src/app/.keep", "");
            Cli.Result r = cli.run("current");
            assertThat(r.code()).as(r.err()).isEqualTo(0);
            assertThat(r.err()).doesNotContain("No suitable driver").doesNotContain("server running");
        }
    }

    @Test
    void upgradeWithAMissingMigrationsFolderSaysSo() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "none");
            // online upgrade: the guide's initial set-up (version table only), so a loud warning, exit 0
            Cli.Result r = cli.run("--migrations", "no-such-folder", "upgrade", "head");
            assertThat(r.code()).as(r.err()).isEqualTo(0);
            assertThat(r.err()).contains("warning: The migrations folder").contains("no-such-folder").contains("does not exist")
                    .contains("version table is created");
            // where nothing could be meant but revisions, it is an error
            for (String[] args : List.of(new String[] {"downgrade", "-1"}, new String[] {"upgrade", "head", "--sql"})) {
                String[] full = new String[args.length + 2];
                full[0] = "--migrations";
                full[1] = "no-such-folder";
                System.arraycopy(args, 0, full, 2, args.length);
                Cli.Result e = cli.run(full);
                assertThat(e.code()).as(String.join(" ", args) + ": " + e.err()).isEqualTo(6);
                assertThat(e.err()).startsWith("error: ").contains("no-such-folder").contains("does not exist");
            }
        }
    }

    @Test
    void anEmptyFolderSaysItCreatesAnEmbeddedDatabaseAndFoundNoRevisions() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Cli.Result r = new Cli(project).run("upgrade", "head");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).contains("no autogen.properties").contains("embedded").contains("target/autogen/dev")
                .contains("no revisions");
    }
}
