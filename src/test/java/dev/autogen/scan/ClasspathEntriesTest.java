package dev.autogen.scan;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
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
        jarsAndNotes(base.resolve("lib"));

        List<Path> entries = ClasspathEntries.expand(base, "target/classes:lib/*: extra.jar :/abs/x.jar");

        assertThat(entries).containsExactly(base.resolve("target/classes"), base.resolve("lib/a.jar"),
                base.resolve("lib/b.jar"), base.resolve("extra.jar"), Path.of("/abs/x.jar"));
    }

    @Test
    void commaSeparatorsAndJarGlobsOfTheMavenTemplate(@TempDir Path base) throws IOException {
        jarsAndNotes(base.resolve("target/dependency"));

        assertThat(ClasspathEntries.expand(base, "target/classes,target/dependency/*.jar")).containsExactly(
                base.resolve("target/classes"), base.resolve("target/dependency/a.jar"),
                base.resolve("target/dependency/b.jar"));
        assertThat(ClasspathEntries.expand(base, "target/classes, target/dependency/*:x.jar")).containsExactly(
                base.resolve("target/classes"), base.resolve("target/dependency/a.jar"),
                base.resolve("target/dependency/b.jar"), base.resolve("x.jar"));
        assertThat(ClasspathEntries.expand(base, "target/dependency/a*.jar"))
                .containsExactly(base.resolve("target/dependency/a.jar"));
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

    /** {@code folder} with {@code b.jar}, {@code a.jar} and {@code notes.txt}. */
    private static void jarsAndNotes(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.createFile(folder.resolve("b.jar"));
        Files.createFile(folder.resolve("a.jar"));
        Files.createFile(folder.resolve("notes.txt"));
    }
}
