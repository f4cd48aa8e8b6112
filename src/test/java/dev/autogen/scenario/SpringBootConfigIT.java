package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application's own configuration, read by the CLI: the database from {@code spring.datasource},
 * placeholders, profiles, Spring Boot's naming defaults, {@code spring.jpa.*} keys, misspelled Hibernate settings,
 * and {@code autogen config} saying where each setting came from. On a real PostgreSQL database.
 */
class SpringBootConfigIT {
    /** A pom.xml as a Spring Boot application has one: it names Spring Boot. */
    static final String POM = """
            <project><parent><groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId><version>4.0.7</version></parent></project>
            """;
    static final String PERSON = """
            package app;
            @jakarta.persistence.Entity public class CustomerAccount {
                @jakarta.persistence.Id Long id;
                String firstName;
                String lastName;
                @jakarta.persistence.ManyToMany java.util.Set<Tag> tags;
            }
            """;
    static final String TAG = """
            package app;
            @jakarta.persistence.Entity public class Tag { @jakarta.persistence.Id Long id; String label; }
            """;

    @TempDir
    Path project;

    private Cli bootApp(TestDatabase db) {
        return new Cli(project)
                .env("DB_PASSWORD", db.password() == null ? "" : db.password())
                .write("pom.xml", POM)
                .write("src/main/java/app/CustomerAccount.java", PERSON)
                .write("src/main/java/app/Tag.java", TAG)
                .write("autogen.properties", "sources=src/main/java\npackages=app\n")
                .write("src/main/resources/application.yml", """
                        spring:
                          application:
                            name: shop
                          datasource:
                            url: ${DB_URL:%s}
                            username: %s
                            password: ${DB_PASSWORD:}
                          jpa:
                            hibernate:
                              ddl-auto: none
                        server:
                          port: 8081
                        """.formatted(db.url(), db.user() == null ? "" : db.user()));
    }

    @Test
    void aBootAppNeedsNoDatabaseKeysAndGetsSpringBootNaming() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = bootApp(db);
            Cli.Result r = cli.expect(0, "-m", "accounts");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            String source = Files.readString(revision);
            assertThat(source).contains("\"customer_account\"").contains("\"first_name\"").contains("\"last_name\"")
                    .doesNotContain("firstname");
            assertThat(r.err()).doesNotContain("embedded H2");
            cli.expect(0, "upgrade", "head");
            assertThat(columns(db, "customer_account")).containsExactly("first_name", "id", "last_name");
            // SpringImplicitNamingStrategy: <owning table>_<property>, not JPA's CustomerAccount_Tag
            assertThat(columns(db, "customer_account_tags")).containsExactly("customer_account_id", "tags_id");
            cli.expect(0, "check");

            String config = cli.expect(0, "config").out();
            assertThat(config).contains("Spring Boot configuration: src/main/resources/application.yml (no profile active)");
            assertThat(line(config, "url")).contains("src/main/resources/application.yml:5 (spring.datasource.url)");
            assertThat(line(config, "hibernate.physical_naming_strategy"))
                    .contains("CamelCaseToUnderscoresNamingStrategy").contains("Spring Boot default (pom.xml uses Spring Boot)");
            assertThat(line(config, "hibernate.implicit_naming_strategy")).contains("SpringImplicitNamingStrategy");
            assertThat(line(config, "packages")).contains("autogen.properties:2");
            assertThat(line(config, "version_table")).contains("autogen_version").endsWith("default");
        }
    }

    @Test
    void theApplicationsNamingStrategyAndAutogenOverridesWin() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = bootApp(db).write("src/main/resources/application.properties",
                    "spring.jpa.hibernate.naming.physical-strategy="
                            + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
            cli.expect(0, "-m", "accounts");
            // .properties wins over .yml in the same folder; the application's strategy wins over Spring Boot's default
            assertThat(Files.readString(Scenarios.newest(project.resolve("migrations")))).contains("\"firstName\"")
                    .doesNotContain("first_name");
            String config = cli.expect(0, "config").out();
            assertThat(line(config, "hibernate.physical_naming_strategy")).contains("PhysicalNamingStrategyStandardImpl")
                    .contains("src/main/resources/application.properties:1 (spring.jpa.hibernate.naming.physical-strategy)");
            // autogen.properties overrides the application's configuration, options override both
            cli.write("autogen.properties", "sources=src/main/java\npackages=app\nurl=jdbc:postgresql://127.0.0.1:1/nowhere\n");
            assertThat(line(cli.expect(0, "config").out(), "url")).contains("nowhere").contains("autogen.properties:3");
            assertThat(line(cli.expect(0, "config", "--url", db.url()).out(), "url")).contains("option --url");
        }
    }

    @Test
    void profilesPlaceholdersAndTheMaskedPassword() {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = bootApp(db).env("DB_PASSWORD", "s3cret-pw")
                    .write("src/main/resources/application.yml", """
                            spring:
                              datasource:
                                url: jdbc:postgresql://127.0.0.1:1/${DB_NAME:wrong}
                                password: ${DB_PASSWORD}
                            ---
                            spring:
                              config:
                                activate:
                                  on-profile: staging
                              datasource:
                                url: jdbc:postgresql://127.0.0.1:1/staging
                            """)
                    .write("config/application-ci.properties", "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ci\n");
            String plain = cli.expect(0, "config").out();
            assertThat(line(plain, "url")).contains("/wrong").contains("application.yml:3");
            assertThat(line(plain, "password")).contains("****").contains("application.yml:4 (spring.datasource.password)");
            assertThat(plain).doesNotContain("s3cret-pw");
            assertThat(line(cli.expect(0, "config", "--profile", "staging").out(), "url")).contains("/staging")
                    .contains("application.yml:11");
            assertThat(line(cli.env("SPRING_PROFILES_ACTIVE", "ci").expect(0, "config").out(), "url"))
                    .contains("/ci").contains("config/application-ci.properties:1");
            assertThat(line(cli.env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/fromenv").expect(0, "config").out(),
                    "url")).contains("/fromenv").contains("environment SPRING_DATASOURCE_URL");
        }
    }

    @Test
    void anUnsetPlaceholderNamesTheFileAndLine() {
        Cli cli = new Cli(project).write("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: ${SHOP_DB_URL}
                """);
        Cli.Result r = cli.run("config");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("application.yml:3: 'spring.datasource.url' refers to ${SHOP_DB_URL}, which is"
                + " neither a property nor an environment variable; export SHOP_DB_URL, or write ${SHOP_DB_URL:default}");
    }

    @Test
    void misspelledHibernateSettingsAreReportedWithASuggestion() {
        Cli cli = new Cli(project).write("src/main/resources/application.yml", """
                spring:
                  jpa:
                    properties:
                      hibernate:
                        format_sql: true
                        physical_naming_stratgy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """);
        Cli.Result r = cli.run("config");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("application.yml:6: unknown Hibernate setting"
                + " 'spring.jpa.properties.hibernate.physical_naming_stratgy' (did you mean"
                + " 'spring.jpa.properties.hibernate.physical_naming_strategy'?)");

        Cli plain = new Cli(project.resolve("plain")).write("autogen.properties",
                "sources=src\nhibernate.physical_naming_stratgy=x\n");
        Cli.Result p = plain.run("config");
        assertThat(p.code()).isEqualTo(3);
        assertThat(p.err()).contains("autogen.properties:2: unknown Hibernate setting 'hibernate.physical_naming_stratgy'"
                + " (did you mean 'hibernate.physical_naming_strategy'?)");
        // real settings, prefixes that continue one (hibernate.event.listener.*), other Hibernate projects: accepted
        plain.write("autogen.properties", "sources=src\nhibernate.format_sql=true\nhibernate.search.enabled=false\n"
                + "hibernate.jdbc.batch_size=10\n");
        plain.expect(0, "config");
        // an integration's settings (JCache, Envers) and a name far from every setting are no misspelling: accepted,
        // and a secret among them is masked by 'autogen config'
        plain.write("autogen.properties", "sources=src\nhibernate.javax.cache.uri=classpath:ehcache.xml\n"
                + "hibernate.integration.envers.enabled=false\nhibernate.acme_vendor_extension=on\n"
                + "hibernate.connection.password=hunter2\n");
        Cli.Result shown = plain.expect(0, "config");
        assertThat(shown.out() + shown.err()).doesNotContain("hunter2").contains("hibernate.connection.password");
    }

    @Test
    void springKeysInAutogenPropertiesPointToTheApplicationsFile() {
        Cli cli = new Cli(project).write("autogen.properties", "spring.jpa.hibernate.ddl-auto=none\n");
        Cli.Result r = cli.run("config");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("autogen.properties:1: 'spring.jpa.hibernate.ddl-auto' is a Spring Boot key;"
                + " autogen reads it from the application's own application.properties or application.yml");
    }

    private static String line(String output, String key) {
        for (String l : output.split("\n")) {
            if (l.startsWith(key + " ")) {
                return l;
            }
        }
        throw new AssertionError("no line for " + key + " in:\n" + output);
    }

    private static List<String> columns(TestDatabase db, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
             ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        names.sort(null);
        return names;
    }
}
