package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for scenario folders: copying entities, finding the newest revision, golden files. */
final class Scenarios {
    private static final boolean UPDATE = Boolean.getBoolean("autogen.updateGolden");

    private Scenarios() {
    }

    /** The databases a scenario runs on: all, unless its folder has a {@code databases} file listing some. */
    static List<TestDatabase.Kind> kinds(Path scenario) throws IOException {
        Path f = scenario.resolve("databases");
        if (!Files.exists(f)) {
            return List.of(TestDatabase.Kind.values());
        }
        return Files.readAllLines(f).stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .map(s -> TestDatabase.Kind.valueOf(s.toUpperCase())).toList();
    }

    /** Replaces the project's entity sources with the scenario's. */
    static void copyEntities(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            ScenarioIT.deleteTree(to);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    static List<Path> revisions(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The one revision file that is in the folder now but was not in {@code before}. */
    static Path added(Path migrations, List<Path> before) throws IOException {
        List<Path> now = new java.util.ArrayList<>(revisions(migrations));
        now.removeAll(before);
        assertThat(now).as("new revision files").hasSize(1);
        return now.get(0);
    }

    static Path newest(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(p -> p.toString().endsWith(".java")).max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new AssertionError("no revision in " + migrations));
        }
    }

    /** Compares a generated revision with its golden file, ids and times masked; -Dautogen.updateGolden=true rewrites it. */
    static void assertGolden(Path golden, Path revision) throws IOException {
        String actual = mask(Files.readString(revision));
        if (UPDATE) {
            Files.writeString(golden, actual);
            return;
        }
        assertThat(golden).as("golden file %s (run with -Dautogen.updateGolden=true to create it, then review it)", golden)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    static String mask(String source) {
        return source.replaceAll("\\b[0-9a-f]{12}\\b", "<id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "<created>")
                .replaceAll("R\\d{8}_\\d{6}_", "R<timestamp>_");
    }

    static SchemaModel withoutVersionTable(SchemaModel m) {
        return new SchemaModel(m.tables().stream().filter(t -> !t.name().name().equalsIgnoreCase("autogen_version")).toList(),
                m.sequences(), m.enumTypes());
    }
}
