package com.example.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI on this application, with nothing in autogen.properties but {@code packages}: it reads the database and
 * Spring Boot's naming from application.yml and pom.xml, and the schema its revision builds is the schema
 * Hibernate creates inside the running application ({@code ddl-auto=create}): the same tables, columns, types
 * and nullability.
 */
class CliNamesIT {
    @TempDir
    Path project;

    @Test
    void autogenNamesEverythingAsTheRunningApplicationDoes() throws Exception {
        try (PgDatabase byHibernate = PgDatabase.create(); PgDatabase byAutogen = PgDatabase.create()) {
            new SpringApplicationBuilder(LibraryApplication.class).run("--spring.datasource.url=" + byHibernate.url(),
                    "--spring.jpa.hibernate.ddl-auto=create", "--autogen.enabled=false",
                    "--spring.main.web-application-type=none").close();

            copyProject();
            Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", byAutogen.url());
            String generated = autogen(env, "-m", "from the cli");
            assertThat(generated).contains("Generated src/main/java/com/example/library/db/");
            String revision;
            try (Stream<Path> files = Files.list(project.resolve("src/main/java/com/example/library/db"))) {
                revision = Files.readString(files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow());
            }
            assertThat(revision).contains("\"first_name\"").contains("\"book_tags\"").contains("\"main_author_id\"")
                    .doesNotContain("firstname").doesNotContain("\"book_tag\"");
            autogen(env, "upgrade", "head");
            autogen(env, "check");

            assertThat(byAutogen.catalog()).isEqualTo(byHibernate.catalog())
                    .containsOnlyKeys("author", "book", "book_tags", "tag");
        }
    }

    /** The project as a developer has it after 'mvn compile', without the revisions it already has. */
    private void copyProject() throws IOException {
        Path app = Path.of("").toAbsolutePath();
        Files.copy(app.resolve("pom.xml"), project.resolve("pom.xml"));
        Files.writeString(project.resolve("autogen.properties"), "packages=com.example.library\n");
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.copy(app.resolve("src/main/resources/application.yml"), project.resolve("src/main/resources/application.yml"));
        Files.createDirectories(project.resolve("src/main/java/com/example/library/db"));
        Path classes = app.resolve("target/classes");
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.toList()) {
                Path rel = classes.relativize(f);
                if (rel.toString().replace('\\', '/').startsWith("com/example/library/db")) {
                    continue;
                }
                Path to = project.resolve("target/classes").resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    /** Runs the shaded CLI jar in the copy, as a user runs it; fails with its output unless it exits 0. */
    private String autogen(Map<String, String> env, String... args) throws Exception {
        String jar = System.getProperty("autogen.jar");
        assertThat(jar).as("-Dautogen.jar (spring-boot-starter/run-it.sh sets it)").isNotBlank();
        assertThat(Path.of(jar)).as("the CLI jar; build it with 'mvn package' in the repository root").exists();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("autogen %s exited %d:%n%s", String.join(" ", args), p.exitValue(), out).isZero();
        return out;
    }
}
