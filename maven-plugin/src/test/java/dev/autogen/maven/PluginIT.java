package dev.autogen.maven;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the installed plugin the way a user does: {@code mvn autogen:...} in a copy of src/it/sample (one
 * entity), against a fresh PostgreSQL database on the server named by {@code AUTOGEN_TEST_PG_URL}. The core and
 * the plugin must be installed in the local repository first (maven-plugin/run-it.sh does that).
 */
class PluginIT {
    private static final String PG_ENV = "AUTOGEN_TEST_PG_URL";

    @TempDir
    Path dir;

    private String adminUrl;
    private String database;
    private String url;

    @BeforeEach
    void createDatabase() throws Exception {
        adminUrl = System.getenv(PG_ENV);
        if (adminUrl == null || adminUrl.isBlank()) {
            throw new IllegalStateException("Set " + PG_ENV + " to an admin JDBC URL, for example " + PG_ENV
                    + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        }
        database = "ag_plugin_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        exec(adminUrl, "CREATE DATABASE " + database);
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        url = base.substring(0, base.lastIndexOf('/') + 1) + database + (q < 0 ? "" : adminUrl.substring(q));
        copySample(Path.of(System.getProperty("autogen.sample")), dir);
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@autogen.version@",
                System.getProperty("autogen.plugin.version")));
        Files.writeString(dir.resolve("autogen.properties"), "url=" + url + "\npackages=sample\nmigrations=migrations\n");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            exec(adminUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void revisionUpgradeCheckAndDowngradeThroughMaven() throws Exception {
        mvn(0, "autogen:revision", "-Dautogen.message=create customer");
        assertThat(revisionFiles()).hasSize(1);
        mvn(0, "autogen:upgrade");
        assertThat(columns()).containsExactly("id", "name");
        mvn(0, "autogen:check");

        Path entity = dir.resolve("src/main/java/sample/Customer.java");
        Files.writeString(entity, Files.readString(entity).replace("    // PluginIT adds a field here",
                "    @Column(length = 200)\n    private String email;"));
        String drift = mvn(1, "autogen:check");
        assertThat(drift).contains("add column customer.email");
        assertThat(mvn(1, "verify", "-Pcheck-on-verify")).contains("add column customer.email");

        mvn(0, "autogen:revision", "-Dautogen.message=add email");
        assertThat(revisionFiles()).hasSize(2);
        assertThat(mvn(1, "autogen:check")).contains("pending revision");
        mvn(0, "autogen:upgrade");
        assertThat(columns()).containsExactly("email", "id", "name");
        mvn(0, "autogen:check");
        mvn(0, "verify", "-Pcheck-on-verify");

        mvn(0, "autogen:downgrade", "-Dautogen.target=base");
        assertThat(columns()).isEmpty();
    }

    /**
     * A Spring Boot application's configuration: with only {@code packages} in autogen.properties, the plugin takes
     * the database and the naming strategy from src/main/resources/application.yml, as the application does.
     */
    @Test
    void theDatabaseAndNamingComeFromTheApplicationsYaml() throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), "packages=sample\nmigrations=migrations\n");
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("src/main/resources/application.yml"), """
                spring:
                  datasource:
                    url: ${SAMPLE_DB_URL:%s}
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """.formatted(url));
        Path entity = dir.resolve("src/main/java/sample/Customer.java");
        Files.writeString(entity, Files.readString(entity).replace("    // PluginIT adds a field here",
                "    private String firstName;"));
        mvn(0, "autogen:revision", "-Dautogen.message=create customer");
        assertThat(Files.readString(revisionFiles().get(0))).contains("\"first_name\"").doesNotContain("firstname");
        mvn(0, "autogen:upgrade");
        assertThat(columns()).containsExactly("first_name", "id", "name");
        mvn(0, "autogen:check");
    }

    /** Runs {@code mvn -B -q ARGS} in the sample and returns its output; fails unless it exits {@code expected}. */
    private String mvn(int expected, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 180 s\n" + output);
        }
        int code = p.exitValue() == 0 ? 0 : 1;
        assertThat(code).as(String.join(" ", command) + " exit code; output:\n" + output).isEqualTo(expected);
        return output;
    }

    private List<Path> revisionFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private List<String> columns() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_name = 'customer' ORDER BY column_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void copySample(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void exec(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
