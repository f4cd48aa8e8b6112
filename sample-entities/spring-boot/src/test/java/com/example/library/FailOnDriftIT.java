package com.example.library;

import com.example.drifted.DriftedModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code autogen.fail-on-drift}: the application starts when the database matches the entities (Spring Boot's
 * naming included), and a start-up stops when an entity was added or edited without a revision.
 */
class FailOnDriftIT {
    @Test
    void startsWhenTheDatabaseMatchesTheEntities() {
        try (PgDatabase db = PgDatabase.create();
             ConfigurableApplicationContext context = run(db, LibraryApplication.class)) {
            assertThat(context.getBean(BookRepository.class).count()).isZero();
        }
    }

    @Test
    void stopsTheStartUpAfterAnEntityEdit() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            // the same application, with one more entity that no revision creates
            assertThatThrownBy(() -> run(db, LibraryApplication.class, DriftedModel.class).close())
                    .rootCause().hasMessageContaining("autogen.fail-on-drift: after upgrading to head, the database and"
                            + " the entities differ").hasMessageContaining("create table review (id, stars, book_id)")
                    .hasMessageContaining("Write a revision for the change");
            // the upgrade itself ran before the check stopped the start-up
            assertThat(db.catalog()).containsKeys("author", "book").doesNotContainKey("review");
        }
    }

    /** Starts the application as {@code java -jar library.jar --spring.datasource.url=...} would. */
    private static ConfigurableApplicationContext run(PgDatabase db, Class<?>... sources) {
        return new SpringApplicationBuilder(sources).run("--spring.datasource.url=" + db.url(),
                "--autogen.fail-on-drift=true", "--spring.main.web-application-type=none");
    }
}
