package dev.autogen.scan;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionCompilerTest {
    @TempDir
    Path dir;

    private Path source(String name, String body) throws Exception {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".java"), "package migrations;\n\n"
                + "import dev.autogen.runtime.*;\n\n"
                + "@Revision(id = \"" + name + "\")\n"
                + "public class " + name + " implements Migration {\n"
                + "    public void upgrade(Op op) {\n"
                + "        " + body + "\n"
                + "    }\n\n"
                + "    public void downgrade(Op op) {\n"
                + "    }\n"
                + "}\n");
    }

    private static Set<String> classFiles(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            Set<String> names = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(classes.relativize(p).toString()));
            return names;
        }
    }

    @Test
    void secondRunWithUnchangedSourcesCompilesNothing() throws Exception {
        source("R1", "op.dropTable(\"a\");");
        source("R2", "op.dropTable(\"b\");");
        RevisionCompiler compiler = new RevisionCompiler(dir.resolve(".autogen-cache"));
        List<Path> sources = RevisionCompiler.sources(dir.resolve("migrations"));

        RevisionCompiler.Result first = compiler.compile(sources, List.of());
        assertThat(first.fromCache()).isFalse();
        assertThat(classFiles(first.classes())).containsExactly("migrations/R1.class", "migrations/R2.class");
        assertThat(first.classes().getParent()).isEqualTo(dir.resolve(".autogen-cache").resolve("classes"));
        long stamp = Files.getLastModifiedTime(first.classes().resolve("migrations/R1.class")).toMillis();

        RevisionCompiler.Result second = compiler.compile(sources, List.of());
        assertThat(second.fromCache()).isTrue();
        assertThat(second.classes()).isEqualTo(first.classes());
        assertThat(Files.getLastModifiedTime(second.classes().resolve("migrations/R1.class")).toMillis()).isEqualTo(stamp);

        source("R2", "op.dropTable(\"c\");");
        RevisionCompiler.Result third = compiler.compile(sources, List.of());
        assertThat(third.fromCache()).isFalse();
        assertThat(third.classes()).isNotEqualTo(first.classes());
    }

    @Test
    void compileErrorNamesFileAndLine() throws Exception {
        source("R1", "op.dropTable(\"a\");");
        source("R2026_broken", "op.noSuchMethod(\"a\");");
        RevisionCompiler compiler = new RevisionCompiler(dir.resolve(".autogen-cache"));
        assertThatThrownBy(() -> compiler.compile(RevisionCompiler.sources(dir.resolve("migrations")), List.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessageStartingWith("The revision sources do not compile; fix them and rerun:\n"
                        + "R2026_broken.java:8: error: cannot find symbol")
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION));
        assertThat(Files.list(dir.resolve(".autogen-cache").resolve("classes"))).isEmpty();
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws Exception {
        source("R3", "op.dropTable(\"a\")");
        RevisionCompiler compiler = new RevisionCompiler(dir.resolve(".autogen-cache"));
        assertThatThrownBy(() -> compiler.compile(RevisionCompiler.sources(dir.resolve("migrations")), List.of()))
                .hasMessageContaining("R3.java:8: error: ';' expected");
    }
}
