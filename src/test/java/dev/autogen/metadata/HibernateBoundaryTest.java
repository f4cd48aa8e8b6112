package dev.autogen.metadata;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Only dev.autogen.metadata may import Hibernate: its types never leak into the rest of autogen. */
class HibernateBoundaryTest {

    @Test
    void onlyTheMetadataPackageImportsHibernate() throws IOException {
        Path sources = Path.of("src/main/java/dev/autogen");
        Path metadata = sources.resolve("metadata");
        try (Stream<Path> files = Stream.concat(Files.walk(sources), Files.walk(Path.of("runtime/src/main/java")))) {
            List<String> offenders = files
                    .filter(f -> f.toString().endsWith(".java") && !f.startsWith(metadata))
                    .filter(HibernateBoundaryTest::importsHibernate)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsHibernate(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import org.hibernate.")
                    || line.startsWith("import static org.hibernate."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
