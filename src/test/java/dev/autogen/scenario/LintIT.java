package dev.autogen.scenario;

import dev.autogen.Autogen;
import dev.autogen.usecase.CheckResult;
import dev.autogen.config.SettingsLoader;
import dev.autogen.testing.Cli;
import dev.autogen.testing.MiniJson;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code autogen lint} (and lint inside {@code check}) through the CLI on PostgreSQL. */
class LintIT {
    static final List<String> RULES = List.of("drop-table", "drop-column", "narrowing-type", "not-null-existing-column",
            "unique-on-existing-table", "non-concurrent-index", "missing-lock-timeout");
    /** One finding per rule, and a second non-concurrent index: the unique constraint's. */
    static final List<String> FINDINGS = java.util.stream.Stream.concat(RULES.stream(),
            java.util.stream.Stream.of("non-concurrent-index")).toList();

    static final String ORDERS_BEFORE = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders")
            public class Orders {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(length = 200) String name;
                String note;
                String code;
            }
            """;
    static final String LEGACY = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "legacy")
            public class Legacy {
                @Id Long id;
            }
            """;
    static final String ORDERS_AFTER = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders", indexes = @Index(name = "ix_orders_name", columnList = "name"))
            public class Orders {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 50) String name;
                @Column(unique = true) String code;
            }
            """;

    @Test
    void findsEveryRuleAndRespectsAcknowledgements(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci")
                    .write("src/ci/Orders.java", ORDERS_BEFORE).write("src/ci/Legacy.java", LEGACY);
            cli.expect(0, "-m", "orders and legacy");
            Cli.Result first = cli.expect(0, "lint");
            assertThat(first.out()).doesNotContain("lint:");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO orders (name, note, code) SELECT 'n' || g, 'x', 'c' || g"
                    + " FROM generate_series(1, 100001) g");

            Files.delete(project.resolve("src/ci/Legacy.java"));
            cli.write("src/ci/Orders.java", ORDERS_AFTER);
            cli.expect(0, "-m", "risky changes");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            String id = Files.readString(revision).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");

            Cli.Result lint = cli.expect(1, "lint");
            for (String rule : RULES) {
                assertThat(lint.out()).contains("lint: " + rule + " in " + id);
            }
            assertThat(lint.out()).contains("(orders.note)").contains("(legacy)").contains("(orders.name)")
                    .doesNotContain("acknowledged");

            Map<String, Object> json = MiniJson.object(cli.expect(1, "lint", "--format", "json").out());
            assertThat(json).containsEntry("ok", false);
            List<?> findings = (List<?>) json.get("findings");
            assertThat(findings).extracting(f -> MiniJson.map(f).get("rule")).containsExactlyInAnyOrderElementsOf(FINDINGS);
            assertThat(findings).allSatisfy(f -> assertThat(MiniJson.map(f))
                    .containsOnlyKeys("revision", "rule", "object", "message", "acknowledged", "reason")
                    .containsEntry("revision", id).containsEntry("acknowledged", false).containsEntry("reason", null));

            // lint alone fails check --replay: the revisions do build the entities' schema and round-trip
            Cli.Result replay = cli.expect(1, "check", "--replay");
            assertThat(replay.out()).doesNotContain("difference:").doesNotContain("round trip failed")
                    .contains("lint: drop-table in " + id);
            // the library gives the same verdict as the CLI: one decision, in CheckResult.ok()
            Autogen library = Autogen.builder().settings(new SettingsLoader(Map.of())
                    .load(project, project.resolve("autogen.properties"), Map.of())).build();
            CheckResult libraryReplay = library.checkReplay();
            assertThat(libraryReplay.ok()).isFalse();
            assertThat(libraryReplay.differences()).isEmpty();
            assertThat(libraryReplay.findings()).contains("lint: " + libraryReplay.failingLint().get(0).line())
                    .anySatisfy(f -> assertThat(f).startsWith("lint: drop-table in " + id));
            CheckResult libraryCheck = library.check();
            assertThat(libraryCheck.ok()).isFalse();
            // missing-lock-timeout advises: it is reported, and fails nothing
            assertThat(libraryCheck.failingLint()).hasSize(FINDINGS.size() - 1)
                    .noneMatch(f -> f.rule().id().equals("missing-lock-timeout"));
            assertThat(libraryCheck.lint()).anyMatch(f -> f.rule().id().equals("missing-lock-timeout") && !f.failing()
                    && f.line().endsWith("[advisory: does not fail the check]"));

            StringBuilder acks = new StringBuilder();
            for (String rule : RULES) {
                acks.append("@dev.autogen.runtime.Acknowledge(rule = \"").append(rule)
                        .append("\", reason = \"reviewed ").append(rule).append("\")\n");
            }
            Files.writeString(revision, Files.readString(revision).replace("@Revision(", acks + "@Revision("));
            Cli.Result acknowledged = cli.expect(0, "lint");
            assertThat(acknowledged.out()).contains("lint: drop-column in " + id + " (orders.note): drops column"
                    + " orders.note and its values [acknowledged: reviewed drop-column]");
            cli.expect(0, "check", "--replay");

            Map<String, Object> check = MiniJson.object(cli.expect(1, "check", "--format", "json").out());
            assertThat((List<?>) check.get("pending")).hasSize(1);
            assertThat((List<?>) check.get("lint")).hasSize(FINDINGS.size())
                    .allSatisfy(f -> assertThat(MiniJson.map(f)).containsEntry("acknowledged", true));

            // applied revisions are no longer linted
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "lint").out()).doesNotContain("lint:");
        }
    }

    @Test
    void withoutADatabaseEveryRevisionIsLintedWithoutRowCounts(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci")
                    .write("src/ci/Orders.java", ORDERS_BEFORE).write("src/ci/Legacy.java", LEGACY);
            cli.expect(0, "-m", "orders and legacy");
            cli.expect(0, "upgrade", "head");
            Files.delete(project.resolve("src/ci/Legacy.java"));
            cli.write("src/ci/Orders.java", ORDERS_AFTER);
            cli.expect(0, "-m", "risky changes");
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "lint").out()).doesNotContain("lint:");

            Cli.Result offline = cli.expect(1, "lint", "--url", "jdbc:postgresql://127.0.0.1:1/nothing");
            assertThat(offline.out()).contains("lint: drop-table").contains("lint: drop-column")
                    .contains("lint: narrowing-type").contains("lint: not-null-existing-column")
                    .doesNotContain("unique-on-existing-table").doesNotContain("non-concurrent-index");
        }
    }

    @Test
    void unknownRuleInAcknowledgeIsARevisionError(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Orders.java", ORDERS_BEFORE);
            cli.expect(0, "-m", "orders");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            Files.writeString(revision, Files.readString(revision).replace("@Revision(",
                    "@dev.autogen.runtime.Acknowledge(rule = \"drop-everything\", reason = \"x\")\n@Revision("));
            Cli.Result r = cli.expect(6, "lint");
            assertThat(r.err()).contains("unknown lint rule 'drop-everything'").contains("drop-table, drop-column");
        }
    }
}
