package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** init, list-templates, the post-write hook and the embedded default database, through the CLI. */
class ProjectSetupIT {
    @TempDir
    Path dir;

    @Test
    void listTemplatesShowsGenericAndMaven() {
        String out = new Cli(dir).expect(0, "list-templates").out();
        assertThat(out).contains("generic").contains("maven");
    }

    @Test
    void initLaysDownTheTemplateAndRefusesToOverwrite() throws Exception {
        Cli cli = new Cli(dir);
        cli.expect(0, "init", "shop", "--template", "maven");
        assertThat(dir.resolve("shop/autogen.properties")).exists();
        assertThat(dir.resolve("shop/migrations")).isDirectory();
        assertThat(dir.resolve("shop/pom-snippet.xml")).exists();
        String before = Files.readString(dir.resolve("shop/autogen.properties"));
        Cli.Result again = cli.run("init", "shop");
        assertThat(again.code()).isEqualTo(9);
        assertThat(again.err()).contains("Not overwriting").contains("autogen.properties");
        assertThat(Files.readString(dir.resolve("shop/autogen.properties"))).isEqualTo(before);
        assertThat(cli.run("init", "other", "--template", "nope").err()).contains("generic, maven");
    }

    @Test
    void embeddedDefaultAndPostWriteHook() throws Exception {
        Cli cli = new Cli(dir)
                .write("autogen.properties", "sources=src\npackages=app\npost_write_hook=sh -c 'echo // formatted >> {file}'\n")
                .write("src/app/Note.java", """
                        package app;
                        @jakarta.persistence.Entity public class Note { @jakarta.persistence.Id Long id; String text; }
                        """);
        Cli.Result r = cli.expect(0, "-m", "notes");
        assertThat(r.err()).contains("creating a new embedded H2 database in target/autogen/dev");
        Path revision = Scenarios.revisions(dir.resolve("migrations")).get(0);
        assertThat(Files.readString(revision)).endsWith("// formatted\n");
        cli.expect(0, "upgrade", "head");
        assertThat(dir.resolve("target/autogen")).isDirectory();
        cli.expect(0, "check");
        assertThat(cli.expect(0, "-m", "nothing").out()).contains("No changes");
    }
}
