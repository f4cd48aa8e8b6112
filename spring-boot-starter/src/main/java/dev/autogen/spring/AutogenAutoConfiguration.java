package dev.autogen.spring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;

/**
 * Upgrades the application's database to {@code autogen.target} (default {@code head}) at start-up, with the
 * application's {@link DataSource} and the revisions compiled into it, before JPA starts (as Spring Boot orders
 * Flyway and Liquibase). Off with {@code autogen.enabled=false}; backs off, with a warning, where Flyway or Liquibase
 * manages the same DataSource.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
public class AutogenAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    AutogenMigration autogenMigration(DataSource dataSource, AutogenProperties properties, Environment environment,
                                      BeanFactory beanFactory, ResourceLoader resourceLoader) {
        return new AutogenMigration(dataSource, properties, environment, beanFactory, resourceLoader);
    }

    /**
     * Tells Spring Boot that autogen manages the schema of this DataSource, as Flyway's and Liquibase's
     * auto-configurations do, so JPA's {@code ddl-auto} defaults to {@code none} even for an embedded database
     * (where it would otherwise be {@code create-drop} and rebuild the schema autogen just upgraded).
     */
    @Bean
    SchemaManagementProvider autogenSchemaManagementProvider(DataSource dataSource) {
        return candidate -> candidate == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
