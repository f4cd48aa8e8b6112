package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -m --online} on PostgreSQL: an index, a foreign key, a check and a NOT NULL on a table that holds rows
 * become CONCURRENTLY, NOT VALID + VALIDATE in a later transaction, and NOT NULL through a validated check; online,
 * offline ({@code --sql}) and back down, the catalog ends where the entities say, with nothing left behind.
 */
class OnlinePlanIT {
    static final String TEAM = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            public class Team {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """;
    static final String MEMBER = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            %s
            public class Member {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                %s String name;
                @Column(length = 200) String email;
                %s
                @Column(name = "level") Integer level;
            }
            """;
    static final String BEFORE = MEMBER.formatted("", "@Column(length = 100)", "@Column(name = \"team_id\") Long teamId;");
    static final String AFTER = MEMBER.formatted("@Table(indexes = @Index(name = \"ix_member_email\", columnList = \"email\"))"
                    + " @org.hibernate.annotations.Check(name = \"ck_member_level\", constraints = \"level >= 0\")",
            "@Column(length = 100, nullable = false)", "@ManyToOne @JoinColumn(name = \"team_id\") Team team;");

    @Test
    void onlineRevisionBuildsIndexesConcurrentlyAndValidatesConstraintsInLaterTransactions(@TempDir Path project)
            throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            db.execute("INSERT INTO team DEFAULT VALUES",
                    "INSERT INTO member (name, email, team_id, level) SELECT 'n' || i, i || '@example.org', 1, i"
                            + " FROM generate_series(1, 1000) i");

            cli.write("src/ci/Member.java", AFTER);
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            // proven first on a scratch database holding rows: upgrade, empty fresh diff, downgrade back
            Cli.Result written = cli.expect(0, "-m", "online", "--online", "--verify");
            assertThat(written.out() + written.err()).contains("Verified on a scratch database");
            Path revision = Scenarios.added(project.resolve("migrations"), existing);
            String source = Files.readString(revision);
            String upgradeCode = source.substring(source.indexOf("void upgrade"), source.indexOf("void downgrade"));
            assertThat(upgradeCode).contains(".concurrently()")
                    .contains("createCheckConstraint(\"ck_member_level\"").contains("validateConstraint(\"ck_member_level\"")
                    .contains("ck_member_name_not_null").contains(".notValid()");
            String id = source.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");

            // offline: each VALIDATE starts a transaction after the one its NOT VALID add committed
            String first = Files.readString(existing.get(0)).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            String script = cli.expect(0, "upgrade", first + ":head", "--sql").out();
            assertThat(script).contains("CREATE INDEX CONCURRENTLY ix_member_email ON member (email);")
                    .contains("ALTER TABLE member ADD CONSTRAINT ck_member_level CHECK (level >= 0) NOT VALID;")
                    .contains("ALTER TABLE member ADD CONSTRAINT ck_member_name_not_null CHECK (\"name\" IS NOT NULL)"
                            + " NOT VALID;")
                    .contains("ALTER TABLE member ALTER COLUMN name SET NOT NULL;")
                    .contains("ALTER TABLE member DROP CONSTRAINT ck_member_name_not_null;");
            // a statement outside a transaction, which SET LOCAL does not reach, runs under session timeouts
            assertThat(script).contains("COMMIT;\nSET lock_timeout = '5000ms';\nSET statement_timeout = '0ms';\n"
                    + "-- must run outside a transaction\nCREATE INDEX CONCURRENTLY ix_member_email ON member (email);\n"
                    + "RESET lock_timeout;\nRESET statement_timeout;\n");
            for (String constraint : validated(script)) {
                int add = script.indexOf("ADD CONSTRAINT " + constraint + " ");
                int validate = script.indexOf("VALIDATE CONSTRAINT " + constraint + ";");
                assertThat(add).as(constraint).isPositive().isLessThan(validate);
                assertThat(script.substring(add, validate)).as("a commit between the add and the validation of "
                        + constraint).contains("COMMIT;\nBEGIN;\n");
            }
            assertThat(validated(script)).hasSize(3);
            String explained = cli.expect(0, "upgrade", first + ":head", "--sql", "--explain").out();
            assertThat(explained).contains("-- explain: SHARE UPDATE EXCLUSIVE on member; scans the table twice (writers"
                            + " go on)\n-- must run outside a transaction\nCREATE INDEX CONCURRENTLY ix_member_email")
                    .contains("-- explain: SHARE ROW EXCLUSIVE on member; catalog only (NOT VALID); SHARE ROW EXCLUSIVE on"
                            + " team\nALTER TABLE member ADD CONSTRAINT")
                    .contains("-- explain: SHARE UPDATE EXCLUSIVE on member; scans the table (writers go on)\nALTER TABLE"
                            + " member VALIDATE CONSTRAINT ck_member_level;")
                    .contains("-- explain: ACCESS EXCLUSIVE on member; scans the table (none when a valid check proves"
                            + " it: PostgreSQL 12+)\nALTER TABLE member ALTER COLUMN name SET NOT NULL;");
            assertThat(explained.replaceAll("-- explain: [^\n]*\n", "")).isEqualTo(script);

            // connected: the same script from where the database is, with each table's rows and size; nothing runs
            db.execute("ANALYZE member");
            String plan = cli.expect(0, "plan").out();
            assertThat(plan).containsPattern("-- explain: SHARE UPDATE EXCLUSIVE on member; scans the table twice"
                    + " \\(writers go on\\); member: ~1000 rows, \\d+ kB\n-- must run outside a transaction\nCREATE INDEX"
                    + " CONCURRENTLY ix_member_email");
            assertThat(plan.replaceAll("; member: ~1000 rows, \\d+ kB", "")).isEqualTo(explained);
            assertThat(cli.expect(0, "current").out()).contains(first).doesNotContain(id);
            // every transaction of the online revision starts with its timeouts
            String section = script.substring(script.indexOf("-- Running upgrade " + first));
            assertThat(source).contains("online = true");
            List<String> transactions = List.of(section.split("BEGIN;\n", -1));
            assertThat(transactions).hasSizeGreaterThan(4);
            assertThat(transactions.subList(1, transactions.size())).allMatch(tx -> tx.startsWith("SET LOCAL lock_timeout = '5000ms';\nSET LOCAL statement_timeout = '0ms';\n"));

            cli.expect(0, "upgrade", "head");
            assertThat(query(db, "SELECT count(*) FROM pg_index WHERE indexrelid = 'ix_member_email'::regclass"
                    + " AND indisvalid")).isEqualTo("1");
            assertThat(query(db, "SELECT string_agg(conname || ':' || contype::text || ':' || convalidated, ',' ORDER BY conname)"
                    + " FROM pg_constraint WHERE conrelid = 'member'::regclass AND contype IN ('c', 'f')"))
                    .matches("ck_member_level:c:true,fk\\w+:f:true");
            assertThat(query(db, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'member'::regclass"
                    + " AND attname = 'name'")).isEqualTo("t");
            cli.expect(0, "check");

            cli.expect(0, "downgrade", "-1");
            assertThat(query(db, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'member'::regclass"
                    + " AND contype IN ('c', 'f')")).isEqualTo("0");
            assertThat(query(db, "SELECT count(*) FROM pg_class WHERE relname = 'ix_member_email'")).isEqualTo("0");
            assertThat(query(db, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'member'::regclass"
                    + " AND attname = 'name'")).isEqualTo("f");
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "current").out()).contains(id);
        }
    }

    @Test
    void aLockTimeoutIsRetriedWithPausesThenFails(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            cli.write("src/ci/Member.java", AFTER);
            cli.write("autogen.properties", Files.readString(project.resolve("autogen.properties"))
                    + "safety=online\nonline_lock_timeout=200ms\nonline_lock_retries=2\n");
            cli.expect(0, "-m", "online by the setting");

            // a reader holds the table for the whole run: two retries (0.5 s, 1 s), then the revision fails
            try (Connection reader = db.connect(); Statement s = reader.createStatement()) {
                reader.setAutoCommit(false);
                s.execute("LOCK TABLE member IN ACCESS SHARE MODE");
                long start = System.nanoTime();
                Cli.Result failed = cli.expect(7, "upgrade", "head");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(failed.err()).contains("ran out of lock time").contains("(retry 1 of 2)")
                        .contains("(retry 2 of 2)").doesNotContain("retry 3").contains("lock timeout");
                assertThat(millis).as("three waits of 200 ms and pauses of 0.5 s and 1 s").isGreaterThan(2000);
                reader.rollback();
            }
            assertThat(query(db, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'member'::regclass"
                    + " AND contype IN ('c', 'f')")).as("the first transaction rolled back").isEqualTo("0");

            // the reader lets go after a second: a retry succeeds
            try (Connection reader = db.connect(); Statement s = reader.createStatement()) {
                reader.setAutoCommit(false);
                s.execute("LOCK TABLE member IN ACCESS SHARE MODE");
                Thread release = new Thread(() -> {
                    try {
                        Thread.sleep(1000);
                        reader.rollback();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                release.start();
                Cli.Result upgraded = cli.expect(0, "upgrade", "head");
                release.join();
                assertThat(upgraded.err()).contains("ran out of lock time");
            }
            cli.expect(0, "check");
        }
    }

    @Test
    void aUniqueConstraintIsBuiltConcurrentlyThenAddedUsingItsIndex(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            db.execute("INSERT INTO member (name, email) SELECT 'n' || i, i || '@example.org'"
                    + " FROM generate_series(1, 1000) i");
            cli.write("src/ci/Member.java", MEMBER.formatted("", "@Column(length = 100)",
                    "@Column(name = \"team_id\") Long teamId;").replace("@Column(length = 200) String email",
                    "@Column(length = 200, unique = true) String email"));
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "-m", "unique email", "--online", "--verify");
            Path revision = Scenarios.added(project.resolve("migrations"), existing);
            String source = Files.readString(revision);
            assertThat(source.substring(source.indexOf("void upgrade"), source.indexOf("void downgrade")))
                    .containsPattern("createUniqueConstraint\\(\"(\\w+)\",\\s*\"Member\",\\s*\"email\"\\)"
                            + "\\s*\\.concurrently\\(\\);");
            // a portable revision: PostgreSQL folds the names
            String name = source.replaceAll("(?s).*createUniqueConstraint\\(\"(\\w+)\".*", "$1").toLowerCase();

            String first = Files.readString(existing.get(0)).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            String script = cli.expect(0, "upgrade", first + ":head", "--sql").out();
            assertThat(script).contains("-- must run outside a transaction\nCREATE UNIQUE INDEX CONCURRENTLY "
                    + name + " ON member (email);\nRESET lock_timeout;\nRESET statement_timeout;\nBEGIN;\n")
                    .contains("ALTER TABLE member ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name + ";");
            assertThat(cli.expect(0, "upgrade", first + ":head", "--sql", "--explain").out()).contains(
                    "-- explain: SHARE UPDATE EXCLUSIVE on member; scans the table twice to build its index (writers go"
                            + " on), then ACCESS EXCLUSIVE for a moment: catalog only");

            cli.expect(0, "upgrade", "head");
            assertThat(query(db, "SELECT c.contype::text || ':' || i.indisvalid || ':' || (i.indexrelid = c.conindid)"
                    + " FROM pg_constraint c JOIN pg_index i ON i.indexrelid = '" + name + "'::regclass"
                    + " WHERE c.conname = '" + name + "'")).isEqualTo("u:true:true");
            cli.expect(0, "check");
            assertThat(cli.expect(0, "lint").out()).doesNotContain("non-concurrent-index");
            cli.expect(0, "downgrade", "-1");
            assertThat(query(db, "SELECT count(*) FROM pg_class WHERE relname = '" + name + "'")).isEqualTo("0");

            // duplicates: the concurrent build fails and leaves its index INVALID, which the next run names
            db.execute("INSERT INTO member (name, email) VALUES ('dup', '1@example.org')");
            assertThat(cli.expect(7, "upgrade", "head").err()).contains("could not create unique index");
            cli.expect(0, "repair");
            assertThat(cli.expect(7, "upgrade", "head").err()).contains("creates index public." + name + ", but the"
                    + " database has an INVALID index of that name").contains("Nothing was changed.");
            db.execute("DROP INDEX CONCURRENTLY " + name, "DELETE FROM member WHERE name = 'dup'");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
        }
    }

    @Test
    void aConcurrentBuildThatRunsOutOfLockTimeDropsItsInvalidIndexAndRunsAgain(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            cli.write("autogen.properties", Files.readString(project.resolve("autogen.properties"))
                    + "online_lock_timeout=200ms\nonline_lock_retries=2\n");
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "revision", "-m", "index email");
            Path revision = Scenarios.added(project.resolve("migrations"), existing);
            Files.writeString(revision, Files.readString(revision).replace("@Revision(", "@Revision(online = true, ")
                    .replaceFirst("(void upgrade\\(Op op\\) \\{)", "$1 op.createIndex(\"ix_member_email\", \"member\","
                            + " \"email\").concurrently();")
                    .replaceFirst("(void downgrade\\(Op op\\) \\{)", "$1 op.dropIndex(\"ix_member_email\","
                            + " \"member\").concurrently();"));
            String invalid = "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relname = 'ix_member_email' AND NOT i.indisvalid";

            // a writer's open transaction: the build waits for it (after creating its index), runs out of lock time
            try (Connection writer = db.connect(); Statement s = writer.createStatement()) {
                writer.setAutoCommit(false);
                s.execute("INSERT INTO member (name) VALUES ('w')");
                Cli.Result failed = cli.expect(7, "upgrade", "head");
                assertThat(failed.err()).contains("ran out of lock time").contains("(retry 1 of 2)")
                        .contains("(retry 2 of 2)").doesNotContain("retry 3").contains("CREATE INDEX CONCURRENTLY");
                assertThat(query(db, invalid)).as("the last try's index, INVALID: earlier ones were dropped")
                        .isEqualTo("1");
                writer.rollback();
            }
            db.execute("DROP INDEX CONCURRENTLY ix_member_email");
            cli.expect(0, "repair");

            // the writer commits after a second: a retry finds no index left over and builds it
            try (Connection writer = db.connect(); Statement s = writer.createStatement()) {
                writer.setAutoCommit(false);
                s.execute("INSERT INTO member (name) VALUES ('w')");
                Thread release = new Thread(() -> {
                    try {
                        // once the build waits for the writer, long enough for its first try to run out (200 ms)
                        while (!"1".equals(query(db, invalid))) {
                            Thread.sleep(20);
                        }
                        Thread.sleep(400);
                        writer.commit();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                release.start();
                Cli.Result upgraded = cli.expect(0, "upgrade", "head");
                release.join();
                assertThat(upgraded.err()).contains("ran out of lock time").contains("What it left behind is removed")
                        .contains("(retry 1 of 2)");
            }
            assertThat(query(db, invalid)).isEqualTo("0");
            assertThat(query(db, "SELECT count(*) FROM pg_index WHERE indexrelid = 'ix_member_email'::regclass"
                    + " AND indisvalid")).isEqualTo("1");
            cli.expect(0, "downgrade", "-1");
        }
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsReported(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            db.execute("INSERT INTO member (name, email) VALUES ('a', 'same@example.org'), ('b', 'same@example.org')");
            // a unique index built CONCURRENTLY (the entities map unique indexes to constraints, so by hand)
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "revision", "-m", "unique email");
            Path revision = Scenarios.added(project.resolve("migrations"), existing);
            Files.writeString(revision, Files.readString(revision)
                    .replaceFirst("(void upgrade\\(Op op\\) \\{)", "$1 op.createIndex(\"ux_member_email\", \"member\","
                            + " \"email\").unique().concurrently();")
                    .replaceFirst("(void downgrade\\(Op op\\) \\{)", "$1 op.dropIndex(\"ux_member_email\","
                            + " \"member\").concurrently();"));

            assertThat(cli.expect(7, "upgrade", "head").err()).contains("could not create unique index");
            assertThat(query(db, "SELECT count(*) FROM pg_index WHERE indexrelid = 'ux_member_email'::regclass"
                    + " AND NOT indisvalid")).as("PostgreSQL keeps the failed build, INVALID").isEqualTo("1");
            cli.expect(0, "repair");
            Cli.Result refused = cli.expect(7, "upgrade", "head");
            assertThat(refused.err()).contains("creates index public.ux_member_email, but the database has an INVALID index"
                    + " of that name, left by a failed CREATE INDEX CONCURRENTLY")
                    .contains("DROP INDEX CONCURRENTLY public.ux_member_email;").contains("Nothing was changed.");

            db.execute("DROP INDEX CONCURRENTLY ux_member_email", "DELETE FROM member WHERE name = 'b'");
            cli.expect(0, "upgrade", "head");
            assertThat(query(db, "SELECT count(*) FROM pg_index WHERE indexrelid = 'ux_member_email'::regclass"
                    + " AND indisvalid AND indisunique")).isEqualTo("1");
            cli.expect(0, "downgrade", "-1");
        }
    }

    @Test
    void tableRewritesAreFlaggedAndCatalogOnlyWideningsAreNot(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            cli.write("src/ci/Member.java", """
                    package ci;

                    import jakarta.persistence.*;

                    @Entity
                    public class Member {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(length = 300) String name;
                        @Column(columnDefinition = "text") String email;
                        @Column(name = "team_id") Long teamId;
                        @Column(name = "level") Long level;
                        @org.hibernate.annotations.ColumnDefault("random()") Double score;
                    }
                    """);
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            Cli.Result result = cli.expect(0, "-m", "rewrites");
            String source = Files.readString(Scenarios.added(project.resolve("migrations"), existing));
            String upgrade = source.substring(source.indexOf("void upgrade"), source.indexOf("void downgrade"));
            assertThat(upgrade).containsIgnoringCase("// REWRITES TABLE: changes member.level from integer to bigint, which rewrites"
                    + " the table under an ACCESS EXCLUSIVE lock").contains("expand and contract")
                    .containsIgnoringCase("// REWRITES TABLE: adds column member.score with the volatile default random()");
            assertThat(upgrade.split("REWRITES TABLE", -1)).as("varchar(100) to varchar(300) and varchar to text are"
                    + " catalog changes").hasSize(3);
            assertThat(result.out() + result.err()).containsIgnoringCase("REWRITES TABLE: changes member.level");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
        }
    }

    @Test
    void withoutOnlineTheSameChangeTakesTheBlockingPlan(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = membersApplied(db, project);
            cli.write("src/ci/Member.java", AFTER);
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "-m", "default");
            String source = Files.readString(Scenarios.added(project.resolve("migrations"), existing));
            assertThat(source).doesNotContain("concurrently()").doesNotContain("notValid()")
                    .doesNotContain("validateConstraint").doesNotContain("not_null");
            String first = Files.readString(existing.get(0)).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            assertThat(cli.expect(0, "upgrade", first + ":head", "--sql", "--explain").out())
                    .contains("-- explain: SHARE on member; scans the table (writers wait)\nCREATE INDEX ix_member_email")
                    .contains("-- explain: ACCESS EXCLUSIVE on member; scans the table\nALTER TABLE member ADD CONSTRAINT"
                            + " ck_member_level CHECK (level >= 0);");
            assertThat(cli.expect(2, "upgrade", "head", "--explain").err()).contains("give both");
        }
    }

    @Test
    void onlineOnADatabaseWithoutItIsRefused(@TempDir Path project) {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", TEAM)
                    .write("src/ci/Member.java", BEFORE);
            Cli.Result result = cli.expect(2, "-m", "members", "--online");
            assertThat(result.err()).contains("Online plans (--online, safety=online) are for PostgreSQL");
        }
    }

    /** The project with its first revision (team, member) applied. */
    private static Cli membersApplied(TestDatabase db, Path project) {
        Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", TEAM)
                .write("src/ci/Member.java", BEFORE);
        cli.expect(0, "-m", "members");
        cli.expect(0, "upgrade", "head");
        return cli;
    }

    private static List<String> validated(String script) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("VALIDATE CONSTRAINT (\\w+);").matcher(script);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String query(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
