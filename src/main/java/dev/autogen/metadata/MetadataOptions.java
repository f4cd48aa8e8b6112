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
 * @param namingConvention  {@link NamingConvention} patterns by kind over the defaults ({@code pk}, {@code ck}, ...)
 */
public record MetadataOptions(String hibernateDialect, Map<String, String> hibernateSettings,
                              IdentifierNormaliser normaliser, String defaultSchema,
                              Map<String, String> namingConvention) {
    public MetadataOptions {
        Objects.requireNonNull(hibernateDialect, "hibernateDialect");
        Objects.requireNonNull(normaliser, "normaliser");
        hibernateSettings = hibernateSettings == null ? Map.of() : Map.copyOf(hibernateSettings);
        namingConvention = namingConvention == null ? Map.of() : Map.copyOf(namingConvention);
    }

    /** Options with the default naming convention. */
    public MetadataOptions(String hibernateDialect, Map<String, String> hibernateSettings,
                           IdentifierNormaliser normaliser, String defaultSchema) {
        this(hibernateDialect, hibernateSettings, normaliser, defaultSchema, Map.of());
    }

    /** The naming convention these options give. */
    public NamingConvention naming() {
        return NamingConvention.of(namingConvention);
    }
}
