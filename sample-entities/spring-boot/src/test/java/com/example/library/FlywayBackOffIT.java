package com.example.library;

import dev.autogen.spring.AutogenMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Spring Boot's Flyway manages the DataSource, the starter leaves it alone and says so. */
@ExtendWith(OutputCaptureExtension.class)
class FlywayBackOffIT {
    @Test
    void backsOffWithAWarningWhenFlywayManagesTheDataSource(CapturedOutput output) throws Exception {
        try (PgDatabase db = PgDatabase.create();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(LibraryApplication.class).run(
                     "--spring.datasource.url=" + db.url(), "--spring.flyway.enabled=true",
                     "--spring.main.web-application-type=none")) {
            assertThat(context.getBean(AutogenMigration.class).result()).isNull();
            assertThat(output).contains("Flyway manages this DataSource, so autogen does not upgrade it at start-up;"
                    + " set spring.flyway.enabled=false to let autogen do it");
            assertThat(db.catalog()).doesNotContainKeys("author", "book");
        }
    }
}
