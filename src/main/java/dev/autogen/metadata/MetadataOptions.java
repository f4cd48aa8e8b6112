package dev.autogen.metadata;

import java.util.Map;
import java.util.Objects;

/**
 * How to build the entity model.
 *
 * @param hibernateDialect  Hibernate dialect class name, e.g. {@code org.hibernate.dialect.PostgreSQLDialect}
 * @param hibernateSettings extra {@code hibernate.*} settings (naming strategies, ...) passed to Hibernate
 * @param normaliser        folds identifiers the way the target database's catalog stores them
 * @param defaultSchema     the connection's default schema (already normalised); tables in it get a
 *                          {@code null} schema, or {@code null} when there is none
 */
public record MetadataOptions(String hibernateDialect, Map<String, String> hibernateSettings,
                              IdentifierNormaliser normaliser, String defaultSchema) {
    public MetadataOptions {
        Objects.requireNonNull(hibernateDialect, "hibernateDialect");
        Objects.requireNonNull(normaliser, "normaliser");
        hibernateSettings = hibernateSettings == null ? Map.of() : Map.copyOf(hibernateSettings);
    }
}
