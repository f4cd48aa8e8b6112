package dev.autogen.scenario;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.SchemaModel;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scenario per change kind, each a folder under src/test/resources/scenarios with the entities before and
 * after the change and the golden revision autogen writes for it. Every scenario drives the real CLI against
 * its own database: autogenerate and apply the "before" model, change the entities, autogenerate the change,
 * upgrade, require an empty fresh diff ({@code check}), downgrade, and require the catalog exactly as before.
 */
class ScenarioIT {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    /** -Dautogen.scenarios=regex runs only the scenarios whose folder name matches. */
    static final String ONLY = System.getProperty("autogen.scenarios", ".*");

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> args = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            for (Path d : dirs.sorted().toList()) {
                if (!d.getFileName().toString().matches(ONLY)) {
                    continue;
                }
                for (TestDatabase.Kind kind : Scenarios.kinds(d)) {
                    args.add(Arguments.of(kind, d.getFileName().toString()));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("scenarios")
    void roundTrip(TestDatabase.Kind kind, String scenario, @TempDir Path project) throws Exception {
        Path folder = SCENARIOS.resolve(scenario);
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(project).configure(db, "scenario");
            Scenarios.copyEntities(folder.resolve("before"), project.resolve("src"));
            cli.expect(0, "-m", "before " + scenario);
            cli.expect(0, "upgrade", "head");
            SchemaModel start = inspect(db);

            Scenarios.copyEntities(folder.resolve("after"), project.resolve("src"));
            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            Cli.Result generated = cli.expect(0, "-m", scenario.replace('_', ' '));
            Path revision = Scenarios.added(project.resolve("migrations"), before);
            Scenarios.assertGolden(folder.resolve("expected-" + kind.name().toLowerCase() + ".java"), revision);
            assertThat(generated.err() + generated.out()).contains(revision.getFileName().toString());

            cli.expect(0, "upgrade", "head");
            SchemaModel upgraded = inspect(db);
            assertThat(upgraded).isNotEqualTo(start);
            cli.expect(0, "check");

            cli.expect(0, "downgrade", "-1");
            assertThat(inspect(db)).isEqualTo(start);

            cli.expect(0, "upgrade", "head");
            assertThat(inspect(db)).isEqualTo(upgraded);
        }
    }

    static SchemaModel inspect(TestDatabase db) throws Exception {
        Dialect dialect = Dialects.forUrl(db.url(), null);
        try (Connection c = db.connect()) {
            SchemaModel m = dialect.inspector().inspect(c, List.of());
            return Scenarios.withoutVersionTable(m);
        }
    }

    static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
