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
    void initLaysDownTheTemplateAndKeepsExistingFiles() throws Exception {
        Cli cli = new Cli(dir);
        cli.expect(0, "init", "shop", "--template", "maven");
        assertThat(dir.resolve("shop/autogen.properties")).exists();
        assertThat(dir.resolve("shop/migrations")).isDirectory();
        assertThat(dir.resolve("shop/pom-snippet.xml")).exists();
        // the project's own plugin, at the version maven-plugin/ builds, not a jar run by the exec plugin
        String pluginVersion = Files.readString(Path.of("maven-plugin/pom.xml"))
                .replaceAll("(?s).*?<artifactId>autogen-maven-plugin</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(Files.readString(dir.resolve("shop/pom-snippet.xml"))).contains("<artifactId>autogen-maven-plugin</artifactId>")
                .contains("<version>" + pluginVersion + "</version>").contains("<goal>check</goal>")
                .doesNotContain("exec-maven-plugin").doesNotContain("{{");
        String before = Files.readString(dir.resolve("shop/autogen.properties"));
        Cli.Result again = cli.expect(0, "init", "shop");
        assertThat(again.out()).contains("skipped shop/autogen.properties (it exists)")
                .contains("skipped shop/README.md (it exists)").doesNotContain("created");
        assertThat(Files.readString(dir.resolve("shop/autogen.properties"))).isEqualTo(before);
        assertThat(cli.run("init", "other", "--template", "nope").err()).contains("generic, maven");
    }

    @Test
    void initInAnExistingProjectWritesOnlyWhatIsMissing() throws Exception {
        Cli cli = new Cli(dir).write("README.md", "# my app\n");
        Cli.Result r = cli.expect(0, "init", "--template", "maven");
        assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("# my app\n");
        assertThat(dir.resolve("autogen.properties")).exists();
        assertThat(dir.resolve("pom-snippet.xml")).exists();
        assertThat(r.out()).contains("created autogen.properties").contains("created pom-snippet.xml")
                .contains("skipped README.md (it exists)");
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
