package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each change a generated revision marks MAY FAIL does fail on PostgreSQL when the table holds rows that break it,
 * and lint reported it under its rule, with the same sentence, before the upgrade ran (the revision spells names as
 * the entities do, lint as the database folds them). One revision per change: PostgreSQL rolls the
 * failed revision back, the file is removed, and the next change starts from the same database.
 */
class MayFailIT {
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
                %s String email;
                %s
                %s
            }
            """;
    static final String NAME = "@Column(length = 100)";
    static final String EMAIL = "@Column(length = 200)";
    static final String TEAM_ID = "@Column(name = \"team_id\") Long teamId;";
    static final String LEVEL = "@Column(name = \"level\") Integer level;";

    record Change(String rule, String mark, String error, String classAnnotation, String name, String email,
                  String team, String level) {
        String entity() {
            return MEMBER.formatted(classAnnotation, name, email, team, level);
        }
    }

    static final List<Change> CHANGES = List.of(
            new Change("not-null-existing-column", "makes member.name NOT NULL: fails if any row holds a null",
                    "contains null values", "", "@Column(length = 100, nullable = false)", EMAIL, TEAM_ID, LEVEL),
            new Change("not-null-without-default", "adds column member.rank NOT NULL without a default: fails if"
                    + " member holds rows", "contains null values", "", NAME, EMAIL, TEAM_ID, LEVEL + " int rank;"),
            new Change("unique-on-existing-table", "on member: fails if its rows hold duplicates",
                    "could not create unique index", "", NAME, "@Column(length = 200, unique = true)", TEAM_ID, LEVEL),
            new Change("check-on-existing-table", "adds check ck_member_level on member: fails if a row breaks it",
                    "is violated by some row", "@org.hibernate.annotations.Check(name = \"ck_member_level\","
                    + " constraints = \"level >= 0\")", NAME, EMAIL, TEAM_ID, LEVEL),
            new Change("foreign-key-on-existing-table", "on member: fails if a row references no row of team",
                    "violates foreign key constraint", "", NAME, EMAIL,
                    "@ManyToOne @JoinColumn(name = \"team_id\") Team team;", LEVEL),
            new Change("narrowing-type", "narrows member.email from varchar(200) to varchar(5): longer values are"
                    + " rejected", "value too long", "", NAME, "@Column(length = 5)", TEAM_ID, LEVEL));

    @Test
    void eachMarkedOperationFailsOnRowsThatBreakItAndLintReportedIt(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Change before = new Change(null, null, null, "", NAME, EMAIL, TEAM_ID, LEVEL);
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", TEAM)
                    .write("src/ci/Member.java", before.entity());
            cli.expect(0, "-m", "members");
            cli.expect(0, "upgrade", "head");
            // a null name, a duplicate email, a negative level, a team that does not exist
            db.execute("INSERT INTO member (name, email, team_id, level) VALUES (NULL, 'same@example.org', 42, -1),"
                    + " ('b', 'same@example.org', NULL, 1)");

            for (Change change : CHANGES) {
                cli.write("src/ci/Member.java", change.entity());
                List<Path> existing = Scenarios.revisions(project.resolve("migrations"));
                cli.expect(0, "-m", change.rule());
                Path revision = Scenarios.added(project.resolve("migrations"), existing);
                String source = Files.readString(revision);
                assertThat(source).as(change.rule()).contains("// MAY FAIL: ").containsIgnoringCase(change.mark())
                        .contains("<b>MAY FAIL</b>: ");
                assertThat(source.substring(0, source.indexOf("void downgrade"))).as("the upgrade loses nothing")
                        .doesNotContain("DATA LOSS");

                Cli.Result lint = cli.expect(1, "lint");
                assertThat(lint.out()).as(change.rule()).contains("lint: " + change.rule() + " in ")
                        .containsIgnoringCase(change.mark());
                // acknowledged the way every rule is: lint passes, but the rows still make the upgrade fail
                // (with the rules about locks a default-plan revision draws on PostgreSQL: not what this test is about)
                StringBuilder acks = new StringBuilder();
                for (String rule : List.of(change.rule(), "missing-lock-timeout", "constraint-without-not-valid")) {
                    acks.append("@dev.autogen.runtime.Acknowledge(rule = \"").append(rule)
                            .append("\", reason = \"reviewed\")\n");
                }
                Files.writeString(revision, source.replace("@Revision(", acks + "@Revision("));
                assertThat(cli.expect(0, "lint").out()).contains("lint: " + change.rule() + " in ")
                        .contains("[acknowledged: reviewed]");
                Cli.Result upgrade = cli.expect(7, "upgrade", "head");
                assertThat(upgrade.err()).as(change.rule()).contains(change.error());

                // PostgreSQL rolled the revision back: the database is where it was, so the next change starts there
                Files.delete(revision);
                assertThat(cli.expect(0, "current").out()).doesNotContain(source.replaceAll(
                        "(?s).*id = \"([0-9a-f]+)\".*", "$1"));
            }
            cli.write("src/ci/Member.java", before.entity());
            cli.expect(0, "check");
        }
    }
}
