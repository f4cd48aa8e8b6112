package dev.autogen.scan;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClasspathEntriesTest {

    @Test
    void expandsFoldersJarsAndGlobsRelativeToTheBaseFolder(@TempDir Path base) throws IOException {
        Files.createDirectories(base.resolve("lib"));
        Files.createFile(base.resolve("lib/b.jar"));
        Files.createFile(base.resolve("lib/a.jar"));
        Files.createFile(base.resolve("lib/notes.txt"));

        List<Path> entries = ClasspathEntries.expand(base, "target/classes:lib/*: extra.jar :/abs/x.jar");

        assertThat(entries).containsExactly(base.resolve("target/classes"), base.resolve("lib/a.jar"),
                base.resolve("lib/b.jar"), base.resolve("extra.jar"), Path.of("/abs/x.jar"));
    }

    @Test
    void dropsEmptyEntriesAndDuplicates(@TempDir Path base) {
        assertThat(ClasspathEntries.expand(base, "a::./a:")).containsExactly(base.resolve("a"));
        assertThat(ClasspathEntries.expand(base, "  ")).isEmpty();
        assertThat(ClasspathEntries.expand(base, null)).isEmpty();
    }

    @Test
    void globOverAMissingFolderIsAConfigurationError(@TempDir Path base) {
        assertThatThrownBy(() -> ClasspathEntries.expand(base, "libs/*"))
                .isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.CONFIG))
                .hasMessage("Classpath entry 'libs/*' names the folder " + base.resolve("libs")
                        + ", which does not exist; fix 'classpath' in autogen.properties or create the folder.");
    }
}
