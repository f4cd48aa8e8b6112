package com.example.library;

import dev.autogen.spring.AutogenMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real application on an empty PostgreSQL database: the starter applies the revisions compiled into it at
 * start-up, before JPA, and the repository and the controller work on the schema they built.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LibraryApplicationIT {
    static final PgDatabase DB = PgDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DB::url);
    }

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Autowired
    AutogenMigration migration;
    @Autowired
    java.util.List<org.springframework.boot.jdbc.SchemaManagementProvider> schemaManagers;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    BookRepository books;
    @Autowired
    AuthorRepository authors;
    @LocalServerPort
    int port;

    @Test
    void theRevisionsWereAppliedAtStartUp() throws Exception {
        assertThat(migration.result().revisions()).extracting(r -> r.id()).containsExactly("44a3b612e3eb");
        assertThat(migration.result().after()).containsExactly("44a3b612e3eb");
        try (Connection c = DB.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM autogen_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("44a3b612e3eb");
        }
        assertThat(DB.catalog()).containsOnlyKeys("author", "book", "book_tags", "tag");
        // Spring Boot is told autogen manages this DataSource: ddl-auto defaults to none, even on an embedded database
        assertThat(schemaManagers).anyMatch(p -> p.getSchemaManagement(dataSource)
                == org.springframework.boot.jdbc.SchemaManagement.MANAGED);
    }

    @Test
    void theRepositoryWorksOnTheUpgradedSchema() {
        Author author = authors.save(new Author("Ursula", "Le Guin"));
        books.save(new Book("The Dispossessed", LocalDate.of(1974, 5, 1), author));
        assertThat(books.findByMainAuthorLastName("Le Guin")).extracting(Book::getTitle)
                .containsExactly("The Dispossessed");
    }

    @Test
    void theControllerWorks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/books"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Kindred\",\"publishedOn\":\"1979-06-01\","
                        + "\"authorFirstName\":\"Octavia\",\"authorLastName\":\"Butler\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        HttpResponse<String> got = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/books?author=Butler")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).contains("\"title\":\"Kindred\"").contains("\"authorFirstName\":\"Octavia\"");
    }

    /** The starter leaves autogen's CLI, writer and scanner out, and the application's own Hibernate is used. */
    @Test
    void theUpgradeRanWithoutPicocliJavaPoetClassGraphOrAutogensHibernate() throws Exception {
        ClassLoader app = getClass().getClassLoader();
        for (String absent : new String[] {"picocli.CommandLine", "com.palantir.javapoet.JavaFile",
                "io.github.classgraph.ClassGraph"}) {
            assertThatThrownBy(() -> Class.forName(absent, false, app)).as(absent).isInstanceOf(ClassNotFoundException.class);
        }
        String hibernate = (String) Class.forName("org.hibernate.Version").getMethod("getVersionString").invoke(null);
        assertThat(hibernate).as("Spring Boot 4.0.7's Hibernate, not autogen's 7.4").startsWith("7.2.");
    }
}
