package dev.autogen.metadata;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelectionException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import java.util.List;
import java.util.function.Function;

/**
 * Builds Hibernate's boot metamodel for a list of annotated classes: no JDBC connection, no SessionFactory,
 * no bytecode enhancement. The registry lives only while {@link #read} runs.
 */
final class MetadataBootstrap {

    private final MetadataOptions options;

    MetadataBootstrap(MetadataOptions options) {
        this.options = options;
    }

    /** Builds the metadata, hands it to {@code reader} and closes the registry afterwards. */
    <T> T read(List<Class<?>> annotatedClasses, ClassLoader classLoader, Function<Metadata, T> reader) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(classLoader)
                .build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.DIALECT, options.hibernateDialect())
                // never open a connection to look at the database: the dialect alone decides
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false")
                .applySetting(AvailableSettings.XML_MAPPING_ENABLED, "false");
        options.hibernateSettings().forEach((key, value) -> builder.applySetting(key, setting(key, value, classLoader)));
        StandardServiceRegistry registry;
        try {
            registry = builder.build();
        } catch (HibernateException e) {
            BootstrapServiceRegistryBuilder.destroy(bootstrap);
            throw configError(e);
        }
        try {
            // resolves the dialect now, so a wrong dialect is reported as configuration, not as a mapping error
            registry.getService(JdbcEnvironment.class);
        } catch (HibernateException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw configError(e);
        }
        try {
            MetadataSources sources = new MetadataSources(registry);
            annotatedClasses.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().build();
            return reader.apply(metadata);
        } catch (StrategySelectionException e) {
            // a strategy named in a hibernate.* setting (naming strategy, ...) that cannot be loaded: configuration
            throw new AutogenException(ErrorKind.CONFIG, "Hibernate cannot load a class named in the settings "
                    + options.hibernateSettings().keySet() + ": " + rootMessage(e) + "; fix the class name in the"
                    + " 'hibernate.*' settings of autogen.properties, or add its jar to 'classpath'.", e);
        } catch (HibernateException e) {
            throw new AutogenException(ErrorKind.MODEL, "Hibernate cannot map the entity classes: " + rootMessage(e)
                    + "; fix the mapping annotations it names and run autogen again.", e);
        } catch (LinkageError | TypeNotPresentException e) {
            throw new AutogenException(ErrorKind.MODEL, "Hibernate cannot load a type the entities use: "
                    + rootMessage(e) + "; add the jar holding it to 'classpath' in autogen.properties.", e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Spring Boot's implicit naming strategy, built in when the application's class path does not bring it. */
    private static Object setting(String key, String value, ClassLoader classLoader) {
        if (key.equals(AvailableSettings.IMPLICIT_NAMING_STRATEGY) && SpringImplicitNaming.SPRING_NAMES.contains(value)) {
            try {
                Class.forName(value, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                return new SpringImplicitNaming();
            }
        }
        return value;
    }

    private AutogenException configError(HibernateException e) {
        return new AutogenException(ErrorKind.CONFIG, "Hibernate cannot start with dialect "
                + options.hibernateDialect() + " and settings " + options.hibernateSettings().keySet() + ": "
                + rootMessage(e) + "; check the dialect and the 'hibernate.*' settings in autogen.properties.", e);
    }

    private static String rootMessage(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(" (").append(cause.getMessage()).append(')');
            }
        }
        return message.toString();
    }
}
