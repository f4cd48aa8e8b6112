package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example command of the seed migration guide (shared/seed/MIGRATION_GUIDE.md), in the guide's order,
 * with {@code python -m alembic} replaced by {@code autogen}, against a real database.
 */
class MigrationGuideIT {
    private static final Pattern REVISION = Pattern.compile("\\(revision ([0-9a-f]{12})");

    private static final String USER = """
            package app.models;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) String email;
            %s}
            """;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theGuideLineByLine(TestDatabase.Kind kind, @TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(project).configure(db, "app.models");
            cli.write("src/app/models/User.java", USER.formatted(""));

            // Initial Setup: upgrade head creates the version table
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "current").out()).isEmpty();

            // Create a New Migration: autogenerate, then an empty one
            String first = id(cli.expect(0, "revision", "--autogenerate", "-m", "Description of changes"));
            String empty = id(cli.expect(0, "revision", "-m", "Description of changes"));
            assertThat(Files.readString(Scenarios.revisions(project.resolve("migrations")).stream()
                    .filter(p -> p.toString().contains(empty) || contains(p, empty)).findFirst().orElseThrow()))
                    .contains("Write the upgrade here");

            // Apply Migrations: all pending, a specific one, one at a time
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "current").out()).contains(empty);
            cli.expect(0, "downgrade", "base");
            cli.expect(0, "upgrade", first);
            assertThat(cli.expect(0, "current").out()).contains(first).doesNotContain(empty);
            cli.expect(0, "upgrade", "+1");
            assertThat(cli.expect(0, "current").out()).contains(empty);

            // Rollback Migrations: one, to a specific revision, all
            cli.expect(0, "downgrade", "-1");
            assertThat(cli.expect(0, "current").out()).contains(first);
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "downgrade", first);
            assertThat(cli.expect(0, "current").out()).contains(first).doesNotContain(empty);
            cli.expect(0, "downgrade", "base");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();

            // Check Migration Status
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "current").out()).contains(empty + " (head)");
            assertThat(cli.expect(0, "history").out()).contains("<base> -> " + first).contains(first + " -> " + empty);
            assertThat(cli.expect(0, "heads").out()).contains(empty + " (head)");

            // Workflow and Example: Adding a New Column
            cli.write("src/app/models/User.java", USER.formatted("    String newField;\n"));
            Cli.Result added = cli.expect(0, "revision", "--autogenerate", "-m", "Add new_field to users");
            assertThat(added.err()).containsIgnoringCase("add column users.newfield");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");

            // Troubleshooting: Migration Conflicts (two branches, then merge)
            String head = id(added);
            String branch = id(cli.expect(0, "revision", "-m", "other branch", "--head", empty, "--splice"));
            assertThat(cli.expect(0, "heads").out()).contains(head).contains(branch);
            assertThat(cli.run("upgrade", "head").code()).isEqualTo(6);
            String merge = id(cli.expect(0, "merge", "-m", "Merge branches", head, branch));
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "current").out()).contains(merge);

            // Reset Database (Development Only)
            cli.expect(0, "downgrade", "base");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();
            cli.expect(0, "upgrade", "head");
            SchemaModel reset = ScenarioIT.inspect(db);
            assertThat(reset.tables()).hasSize(1);

            // Check SQL Without Applying
            String up = cli.expect(0, "upgrade", "head", "--sql").out();
            assertThat(up).containsIgnoringCase("CREATE TABLE").contains(first);
            String down = cli.expect(0, "downgrade", "-1", "--sql").out();
            assertThat(down).contains(merge).containsIgnoringCase("DELETE FROM");
            assertThat(ScenarioIT.inspect(db)).isEqualTo(reset);
        }
    }

    private static boolean contains(Path p, String text) {
        try {
            return Files.readString(p).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String id(Cli.Result r) {
        Matcher m = REVISION.matcher(r.out());
        assertThat(m.find()).as("revision id in: " + r.out()).isTrue();
        return m.group(1);
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
