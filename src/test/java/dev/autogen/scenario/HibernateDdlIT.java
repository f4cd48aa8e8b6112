package dev.autogen.scenario;

import dev.autogen.scan.EntityScanner;
import dev.autogen.scan.RevisionCompiler;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database built by Hibernate's own schema export (connected to the real server, as an application's
 * {@code hbm2ddl=create} builds it) for the sample model and every scenario model: autogen must find nothing
 * to do ({@code -m} writes no revision, {@code check} is clean), and Hibernate's validator accepts the schema.
 */
class HibernateDdlIT {

    /** A model: a source folder and the package its entities are in. */
    record Model(String label, Path sources, String packages) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> models() throws IOException {
        List<Model> models = new ArrayList<>();
        models.add(new Model("sample", Path.of("sample-entities/src/main/java"), "com.example.shop"));
        Set<String> seen = new HashSet<>();
        try (Stream<Path> dirs = Files.list(ScenarioIT.SCENARIOS)) {
            for (Path d : dirs.sorted().toList()) {
                if (Scenarios.kinds(d).contains(TestDatabase.Kind.MARIADB) && d.getFileName().toString().matches(ScenarioIT.ONLY)) {
                    for (String side : List.of("before", "after")) {
                        // many scenarios share their "before" model: each distinct model runs once
                        if (seen.add(content(d.resolve(side)))) {
                            models.add(new Model(d.getFileName() + "/" + side, d.resolve(side), "scenario"));
                        }
                    }
                }
            }
        }
        return models.stream().map(m -> Arguments.of(TestDatabase.Kind.MARIADB, m));
    }

    private static String content(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path f : RevisionCompiler.sources(folder)) {
            all.append(folder.relativize(f)).append('\n').append(Files.readString(f)).append('\n');
        }
        return all.toString();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("models")
    void autogenFindsNothingInHibernatesOwnSchema(TestDatabase.Kind kind, Model model, @TempDir Path project)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Scenarios.copyEntities(model.sources(), project.resolve("src"));
            export(db, project, model.packages(), true);
            Cli cli = new Cli(project).configure(db, model.packages());
            Cli.Result result = cli.expect(0, "-m", "nothing to do");
            assertThat(result.out() + result.err()).as("autogen -m on Hibernate's own schema").contains("No changes");
            assertThat(Files.exists(project.resolve("migrations"))).as("a migrations folder was written").isFalse();
        }
    }

    /**
     * Hibernate writes an ordinal enum's check inside the column definition, and MariaDB names it after the
     * column; it cannot be dropped by name. A new enum value changes the check: the revision must drop the
     * old one the way the server accepts, leave {@code check} clean, and the new value must fit. (Its downgrade
     * needs a name for Hibernate's unnamed new check: the naming convention of issue #11.)
     */
    @org.junit.jupiter.api.Test
    void checkWrittenOnAColumnIsReplaced(@TempDir Path project) throws Exception {
        Path folder = Path.of("src/test/resources/hibernate-ddl/column_check");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Scenarios.copyEntities(folder.resolve("before"), project.resolve("src"));
            export(db, project, "scenario", false);
            Cli cli = new Cli(project).configure(db, "scenario");
            Scenarios.copyEntities(folder.resolve("after"), project.resolve("src"));
            cli.expect(0, "-m", "archived status");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            db.execute("INSERT INTO Account (status, owner) VALUES (2, 'a')");
        }
    }

    /**
     * A boolean column laid down by a Liquibase or Flyway script stays {@code tinyint(1)} while Hibernate writes
     * {@code bit(1)}: {@code check} accepts it, {@code check --strict} names it and fails.
     */
    @org.junit.jupiter.api.Test
    void strictCheckReportsBooleanEquivalence(@TempDir Path project) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            db.execute("CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, active tinyint(1) NOT NULL)");
            Cli cli = new Cli(project).configure(db, "scenario");
            cli.write("src/scenario/User.java", """
                    package scenario;

                    import jakarta.persistence.*;

                    @jakarta.persistence.Table(name = "users")
                    @Entity
                    public class User {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        boolean active;
                    }
                    """);
            cli.write("migrations/.gitkeep", "");
            cli.expect(0, "check");
            Cli.Result strict = cli.expect(1, "check", "--strict");
            assertThat(strict.out()).contains("users.active is tinyint(1) in the database and bit(1) in the entities");
        }
    }

    /** Creates the entities' schema in {@code db} with Hibernate's schema manager, then has Hibernate validate it. */
    static void export(TestDatabase db, Path project, String packages, boolean validate) throws Exception {
        List<Path> sources = RevisionCompiler.sources(project.resolve("src"));
        Path classes = new RevisionCompiler(project.resolve(".hibernate-ddl")).compile(sources, List.of()).classes();
        EntityScanner.ScanResult scan = new EntityScanner(List.of(classes), List.of(packages),
                HibernateDdlIT.class.getClassLoader()).scan();
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(scan.classLoader()).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.connection.url", db.url())
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true");
        if (db.user() != null) {
            builder.applySetting("hibernate.connection.username", db.user())
                    .applySetting("hibernate.connection.password", db.password());
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources metadataSources = new MetadataSources(registry);
            scan.annotatedClasses().forEach(metadataSources::addAnnotatedClass);
            Metadata metadata = metadataSources.buildMetadata();
            try (SessionFactory sessions = metadata.buildSessionFactory()) {
                sessions.getSchemaManager().create(true);
                if (validate) {
                    sessions.getSchemaManager().validate();
                }
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
