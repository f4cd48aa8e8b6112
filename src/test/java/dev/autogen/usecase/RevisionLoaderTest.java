package dev.autogen.usecase;

import dev.autogen.testing.RevisionFiles;
import dev.autogen.runtime.Op;

import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RevisionInfo;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.scan.RevisionCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionLoaderTest {
    @TempDir
    Path dir;

    private List<LoadedRevision> load(Path migrations, List<Path> classpath) {
        return RevisionFolder.load(migrations, classpath, getClass().getClassLoader(), dir.resolve(".autogen-cache"));
    }

    @Test
    void loadsRevisionsFromSourcesWithTheirGraphInformation() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "a1a1a1", List.of(), "create users", "op.dropTable(\"x\");", "");
        RevisionFiles.write(migrations, "b2b2b2", List.of("a1a1a1"), "add email", "op.dropTable(\"y\");", "");

        List<LoadedRevision> revisions = load(migrations, List.of());

        assertThat(revisions).extracting(LoadedRevision::id).containsExactly("a1a1a1", "b2b2b2");
        RevisionInfo b = revisions.get(1).info();
        assertThat(b.parents()).containsExactly("a1a1a1");
        assertThat(b.message()).isEqualTo("add email");
        assertThat(b.source()).isEqualTo(migrations.resolve("R_b2b2b2.java").toString());
        Op op = new Op();
        revisions.get(1).migration().upgrade(op);
        assertThat(op.plan().size()).isEqualTo(1);
    }

    @Test
    void findsCompiledRevisionsOnTheClasspath() {
        Path elsewhere = dir.resolve("src");
        RevisionFiles.write(elsewhere, "c3c3c3", List.of(), "from a jar", "", "");
        Path classes = new RevisionCompiler(dir.resolve("other-cache"))
                .compile(RevisionCompiler.sources(elsewhere), List.of()).classes();

        List<LoadedRevision> revisions = load(dir.resolve("no-such-folder"), List.of(classes));

        assertThat(revisions).extracting(LoadedRevision::id).containsExactly("c3c3c3");
        assertThat(revisions.get(0).info().source()).isEqualTo("migrations.R_c3c3c3");
    }

    @Test
    void classNotImplementingMigrationIsRejected() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("R_bad.java"), "package migrations;\n"
                + "@dev.autogen.runtime.Revision(id = \"bad\")\npublic class R_bad {\n}\n");
        assertThatThrownBy(() -> load(migrations, List.of()))
                .isInstanceOf(AutogenException.class)
                .hasMessage("Revision class migrations.R_bad (in R_bad.java) is annotated @Revision but does not implement"
                        + " dev.autogen.runtime.Migration; add 'implements Migration' with upgrade(Op) and downgrade(Op).")
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION));
    }

    @Test
    void classWithoutNoArgConstructorIsRejected() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("R_args.java"), "package migrations;\n"
                + "import dev.autogen.runtime.*;\n"
                + "@Revision(id = \"args\")\npublic class R_args implements Migration {\n"
                + "    public R_args(int x) {}\n"
                + "    public void upgrade(Op op) {}\n"
                + "    public void downgrade(Op op) {}\n"
                + "}\n");
        assertThatThrownBy(() -> load(migrations, List.of()))
                .hasMessage("Revision class migrations.R_args (in R_args.java) has no no-argument constructor; add one so"
                        + " autogen can create it.");
    }
}
