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
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", TEAM)
                    .write("src/ci/Member.java", BEFORE);
            cli.expect(0, "-m", "members");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO team DEFAULT VALUES",
                    "INSERT INTO member (name, email, team_id, level) SELECT 'n' || i, i || '@example.org', 1, i"
                            + " FROM generate_series(1, 1000) i");

            cli.write("src/ci/Member.java", AFTER);
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "-m", "online", "--online");
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
            assertThat(script).containsPattern("COMMIT;\n-- must run outside a transaction\nCREATE INDEX CONCURRENTLY");
            for (String constraint : validated(script)) {
                int add = script.indexOf("ADD CONSTRAINT " + constraint + " ");
                int validate = script.indexOf("VALIDATE CONSTRAINT " + constraint + ";");
                assertThat(add).as(constraint).isPositive().isLessThan(validate);
                assertThat(script.substring(add, validate)).as("a commit between the add and the validation of "
                        + constraint).contains("COMMIT;\nBEGIN;\n");
            }
            assertThat(validated(script)).hasSize(3);

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
    void withoutOnlineTheSameChangeTakesTheBlockingPlan(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", TEAM)
                    .write("src/ci/Member.java", BEFORE);
            cli.expect(0, "-m", "members");
            cli.expect(0, "upgrade", "head");
            cli.write("src/ci/Member.java", AFTER);
            List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "-m", "default");
            String source = Files.readString(Scenarios.added(project.resolve("migrations"), existing));
            assertThat(source).doesNotContain("concurrently()").doesNotContain("notValid()")
                    .doesNotContain("validateConstraint").doesNotContain("not_null");
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
