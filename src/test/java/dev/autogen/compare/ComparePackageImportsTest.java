package dev.autogen.compare;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparator is pure: it imports only the model, the operations, the type normaliser, the JDK and the ground
 * floor's error types (a bad filter pattern is a configuration error).
 */
class ComparePackageImportsTest {
    private static final List<String> ALLOWED = List.of("java.", "dev.autogen.model.", "dev.autogen.operation.",
            "dev.autogen.dialect.TypeNormaliser;", "dev.autogen.error.AutogenException;", "dev.autogen.error.ErrorKind;");

    @Test
    void importsOnlyModelOperationsTypeNormaliserAndTheJdk() throws IOException {
        Path folder = Path.of("src/main/java/dev/autogen/compare");
        List<String> imports;
        try (Stream<Path> files = Files.list(folder)) {
            imports = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .map(l -> f.getFileName() + ": " + l.substring("import ".length()).replace("static ", ""));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(imports).isNotEmpty();
        assertThat(imports).allSatisfy(i ->
                assertThat(ALLOWED.stream().anyMatch(a -> i.substring(i.indexOf(": ") + 2).startsWith(a))).as(i).isTrue());
    }
}
