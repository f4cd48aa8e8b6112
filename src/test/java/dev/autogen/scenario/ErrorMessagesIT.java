package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input gives one clear line on stderr, a documented exit code, no stack trace, and never the password. */
class ErrorMessagesIT {
    @TempDir
    Path project;

    private Cli cli() {
        return new Cli(project).write("autogen.properties", "packages=app\nsources=src\n").write("src/app/.keep", "");
    }

    @Test
    void unreachableDatabaseNamesHostPortAndHint() {
        Cli.Result r = cli().run("--url", "jdbc:postgresql://127.0.0.1:5499/x", "current");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: Cannot connect to host 127.0.0.1 port 5499").contains("Check the URL ('url' in autogen.properties, --url")
                .doesNotContain("\tat ");
    }

    @Test
    void badCredentialsNeverShowThePassword() {
        String url = System.getenv().getOrDefault("AUTOGEN_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        Cli.Result r = cli().run("--url", url.replaceAll("\\?.*", ""), "--user", "root", "--password=s3cret-Value", "current");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("refused user 'root'").doesNotContain("s3cret-Value").doesNotContain("\tat ");
    }

    @Test
    void malformedConfigNamesFileAndLine() {
        Cli.Result r = cli().write("autogen.properties", "packages=app\nurll=jdbc:h2:mem:x\n").run("current");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("autogen.properties:2: unknown key 'urll' (did you mean 'url'?)");
    }

    @Test
    void missingEnvironmentVariableIsNamed() {
        Cli.Result r = cli().write("autogen.properties", "url=${NO_SUCH_AUTOGEN_VAR}\n").run("current");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("NO_SUCH_AUTOGEN_VAR");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = cli().run("upgrade", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'").contains("autogen upgrade --help");
    }

    @Test
    void unsupportedDatabaseListsTheSupportedOnes() {
        Cli.Result r = cli().run("--url", "jdbc:sqlite:x.db", "current");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("postgresql, h2, mariadb");
    }

    @Test
    void unwritableMigrationsFolderIsAFileError() throws Exception {
        java.nio.file.Files.writeString(project.resolve("not-a-folder"), "x");
        Cli.Result r = cli().write("src/app/User.java", """
                package app;
                @jakarta.persistence.Entity public class User { @jakarta.persistence.Id Long id; }
                """).run("--migrations", "not-a-folder/migrations", "revision", "-m", "x");
        assertThat(r.code()).isEqualTo(9);
        assertThat(r.err()).contains("not-a-folder/migrations").contains("writable");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result r = cli().run("--url", "jdbc:postgresql://127.0.0.1:5499/x", "current", "--verbose");
        assertThat(r.err()).contains("\tat ");
    }
}
