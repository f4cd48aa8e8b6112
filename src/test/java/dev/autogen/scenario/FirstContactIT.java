package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user meets first: messages of the first commands they run, on a real PostgreSQL database. */
class FirstContactIT {
    static final String ITEM = """
            package app;
            @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name; }
            """;

    @TempDir
    Path project;

    @Test
    void downgradeAtBaseSaysThereIsNothingToUndo() {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Item.java", ITEM);
            cli.expect(0, "-m", "create item");
            Cli.Result r = cli.run("downgrade", "-1");
            assertThat(r.code()).isEqualTo(6);
            assertThat(r.err()).contains("The database is at base (no revision applied), so '-1' has nothing to undo")
                    .doesNotContain("null");
        }
    }

    @Test
    void failedReplayDoesNotAskToFixTheDroppedScratchDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Item.java", ITEM);
            cli.expect(0, "-m", "create item");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            Files.writeString(revision, Files.readString(revision)
                    .replace("op.createTable(", "op.execute(\"SELECT * FROM no_such_table\");\n        op.createTable("));
            Cli.Result r = cli.run("check", "--replay");
            assertThat(r.code()).isEqualTo(7);
            assertThat(r.err()).contains("no_such_table").contains("scratch database, which is dropped afterwards, failed")
                    .contains("fix the revision and run 'autogen check --replay' again")
                    .doesNotContain("The database is still at").doesNotContain("rerun 'autogen upgrade'");
        }
    }

    @Test
    void historyWorksWhenTheCompileCacheCannotBeWritten() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Item.java", ITEM);
            cli.expect(0, "-m", "create item");
            deleteTree(project.resolve(".autogen-cache"));
            // a file where the cache folder would go: the cache cannot be written, as in a read-only checkout
            Files.writeString(project.resolve(".autogen-cache"), "");
            Cli.Result r = cli.expect(0, "history");
            assertThat(r.out()).contains("create item");
            assertThat(project.resolve(".autogen-cache")).isRegularFile();
        }
    }

    @Test
    void misspelledNamingStrategyIsAConfigurationError() {
        Cli cli = new Cli(project).write("autogen.properties", "sources=src\npackages=app\n"
                        + "hibernate.physical_naming_strategy=org.example.NoSuchNamingStrategy\n")
                .write("src/app/Item.java", ITEM);
        Cli.Result r = cli.run("-m", "x");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("org.example.NoSuchNamingStrategy").contains("hibernate.physical_naming_strategy");
    }

    @Test
    void ambiguousRelativeTargetSuggestsRevisionIdsWhenThereAreNoLabels() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "app").write("src/app/Item.java", ITEM);
            cli.expect(0, "-m", "create item");
            String base = Files.readString(Scenarios.newest(project.resolve("migrations")))
                    .replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            cli.expect(0, "revision", "-m", "one", "--head", base);
            cli.expect(0, "revision", "-m", "two", "--head", base, "--splice");
            cli.expect(0, "upgrade", "heads");
            Cli.Result r = cli.run("downgrade", "-1");
            assertThat(r.code()).isEqualTo(6);
            assertThat(r.err()).doesNotContain("label@").containsPattern("use '[0-9a-f]{12}@-1'");
        }
    }

    @Test
    void messageEqualToASubcommandNameIsAccepted() throws Exception {
        Cli cli = new Cli(project).write("autogen.properties", "sources=src\npackages=app\n")
                .write("src/app/Item.java", ITEM);
        cli.expect(0, "-m", "init");
        assertThat(Files.readString(Scenarios.newest(project.resolve("migrations")))).contains("\"init\"");
        cli.expect(0, "revision", "-m", "upgrade");
        assertThat(Scenarios.revisions(project.resolve("migrations"))).hasSize(2);
    }

    @Test
    void mavenTemplateAsGeneratedReadsClassesAndDependencyJars() throws Exception {
        Cli cli = new Cli(project);
        cli.expect(0, "init", "--template", "maven");
        // what 'mvn compile dependency:copy-dependencies' leaves: entity classes, and a library jar they extend
        Path lib = Files.createTempDirectory(project, "lib");
        compile(lib, "base/Audited.java", """
                package base;
                @jakarta.persistence.MappedSuperclass public abstract class Audited { public String createdBy; }
                """, System.getProperty("java.class.path"));
        Files.createDirectories(project.resolve("target/dependency"));
        jar(lib, project.resolve("target/dependency/audit-lib-1.0.jar"));
        compile(project.resolve("target/classes"), "app/Item.java", """
                package app;
                @jakarta.persistence.Entity public class Item extends base.Audited { @jakarta.persistence.Id Long id; }
                """, System.getProperty("java.class.path") + java.io.File.pathSeparator + lib);
        ScenarioIT.deleteTree(lib);
        Path config = project.resolve("autogen.properties");
        String generated = Files.readString(config);
        assertThat(generated).contains("\nclasspath=target/classes\n")
                .contains("# classpath=target/classes,target/dependency/*.jar\n");
        // the documented alternative, uncommented as the template's comment says
        Files.writeString(config, generated.replace("\nclasspath=target/classes\n", "\n")
                .replace("# classpath=target/classes,target/dependency/*.jar\n",
                        "classpath=target/classes,target/dependency/*.jar\n"));
        cli.expect(0, "-m", "create item");
        assertThat(Files.readString(Scenarios.newest(project.resolve("migrations")))).containsIgnoringCase("createdby");
        cli.expect(0, "upgrade", "head");
        cli.expect(0, "check");
    }

    private static void compile(Path out, String name, String source, String classpath) throws Exception {
        Path src = Files.createTempDirectory("autogen-src");
        Path file = src.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Files.createDirectories(out);
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                "-cp", classpath, "-proc:none", file.toString());
        assertThat(rc).as("javac " + name).isZero();
        ScenarioIT.deleteTree(src);
    }

    private static void jar(Path classes, Path jar) throws Exception {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }

    static void deleteTree(Path p) throws java.io.IOException {
        if (Files.exists(p)) {
            ScenarioIT.deleteTree(p);
        }
    }
}
