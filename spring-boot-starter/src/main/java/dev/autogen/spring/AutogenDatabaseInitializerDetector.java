package dev.autogen.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link AutogenMigration} initializes the database, so that the
 * {@code EntityManagerFactory}, {@code JdbcTemplate} and every other bean that depends on database initialization
 * is created after the upgrade, as with Flyway and Liquibase.
 */
public class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AutogenMigration.class);
    }
}
