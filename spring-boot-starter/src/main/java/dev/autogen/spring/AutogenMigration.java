package dev.autogen.spring;

import dev.autogen.apply.Migrator;
import dev.autogen.apply.RunResult;
import dev.autogen.runtime.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The start-up upgrade: finds the revision classes with Spring's scanner, applies what {@code autogen.target}
 * needs under the migration lock, logs one line at INFO, and with {@code autogen.fail-on-drift} stops the start-up
 * when the database still differs from the entities. {@link #result()} is what it applied.
 */
public class AutogenMigration implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(AutogenMigration.class);
    private static final String SPRING_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    private static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    private final DataSource dataSource;
    private final AutogenProperties properties;
    private final Environment environment;
    private final BeanFactory beanFactory;
    private final ResourceLoader resourceLoader;
    private RunResult result;

    public AutogenMigration(DataSource dataSource, AutogenProperties properties, Environment environment,
                            BeanFactory beanFactory, ResourceLoader resourceLoader) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.environment = environment;
        this.beanFactory = beanFactory;
        this.resourceLoader = resourceLoader;
    }

    /** What the start-up upgrade applied; {@code null} when it backed off. */
    public RunResult result() {
        return result;
    }

    @Override
    public void afterPropertiesSet() {
        String otherTool = otherMigrationTool();
        if (otherTool != null) {
            LOG.warn("{} manages this DataSource, so autogen does not upgrade it at start-up; set {}=false to let"
                    + " autogen do it, or autogen.enabled=false to silence this warning.", otherTool,
                    otherTool.equals("Flyway") ? "spring.flyway.enabled" : "spring.liquibase.enabled");
            return;
        }
        List<String> revisionPackages = properties.getRevisionsPackage() != null
                ? List.of(properties.getRevisionsPackage()) : applicationPackages();
        List<Class<?>> revisions = scan(revisionPackages, Revision.class);
        Migrator.Builder builder = Migrator.builder()
                .dataSource(dataSource)
                .revisionClasses(revisions)
                .listener(new Slf4jProgress());
        if (properties.getLockTimeout() != null) {
            builder.lockTimeout(properties.getLockTimeout());
        }
        result = builder.build().upgrade(properties.getTarget());
        String at = result.after().isEmpty() ? "base" : String.join(", ", result.after());
        if (result.nothingToDo()) {
            LOG.info("No revisions to apply, the database is at {}", at);
        } else {
            int n = result.revisions().size();
            LOG.info("Applied {} revision{}, the database is at {}", n, n == 1 ? "" : "s", at);
        }
        if (properties.isFailOnDrift()) {
            if (!ClassUtils.isPresent("dev.autogen.Autogen", getClass().getClassLoader())) {
                throw new IllegalStateException("autogen.fail-on-drift compares the database with the entities, which"
                        + " needs dev.autogen:autogen on the class path (the starter brings autogen-runtime, which only"
                        + " applies revisions); add the dependency, or set autogen.fail-on-drift=false.");
            }
            List<String> findings = DriftGuard.findings(dataSource, revisions, entityClasses(), hibernateSettings(),
                    properties.getLockTimeout());
            if (!findings.isEmpty()) {
                throw new IllegalStateException("autogen.fail-on-drift: after upgrading to " + properties.getTarget()
                        + ", the database and the entities differ:\n  " + String.join("\n  ", findings)
                        + "\nWrite a revision for the change (autogen -m \"...\"), or set autogen.fail-on-drift=false.");
            }
        }
    }

    /** "Flyway" or "Liquibase" when its Spring Boot auto-configuration manages the application's DataSource. */
    private String otherMigrationTool() {
        if (ClassUtils.isPresent("org.flywaydb.core.Flyway", null)
                && ClassUtils.isPresent("org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration", null)
                && environment.getProperty("spring.flyway.enabled", Boolean.class, true)
                && environment.getProperty("spring.flyway.url") == null) {
            return "Flyway";
        }
        if (ClassUtils.isPresent("liquibase.integration.spring.SpringLiquibase", null)
                && ClassUtils.isPresent("org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration", null)
                && environment.getProperty("spring.liquibase.enabled", Boolean.class, true)
                && environment.getProperty("spring.liquibase.url") == null) {
            return "Liquibase";
        }
        return null;
    }

    private List<String> applicationPackages() {
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    /** The entity packages JPA uses: {@code @EntityScan}'s when given, else the application's. */
    private List<String> entityPackages() {
        try {
            Class<?> scan = ClassUtils.forName("org.springframework.boot.persistence.autoconfigure.EntityScanPackages",
                    getClass().getClassLoader());
            Object packages = scan.getMethod("get", BeanFactory.class).invoke(null, beanFactory);
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) scan.getMethod("getPackageNames").invoke(packages);
            if (!names.isEmpty()) {
                return names;
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // no @EntityScan support on the class path: the application's packages, as JPA uses then
        }
        return applicationPackages();
    }

    private List<Class<?>> entityClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String annotation : List.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
                "jakarta.persistence.MappedSuperclass")) {
            try {
                @SuppressWarnings("unchecked")
                Class<? extends Annotation> type = (Class<? extends Annotation>) ClassUtils.forName(annotation,
                        resourceLoader.getClassLoader());
                classes.addAll(scan(entityPackages(), type));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("autogen.fail-on-drift needs jakarta.persistence on the class path.", e);
            }
        }
        return classes;
    }

    /** The application's JPA naming and {@code spring.jpa.properties}, with Spring Boot's naming defaults. */
    private Map<String, String> hibernateSettings() {
        Map<String, String> settings = new TreeMap<>();
        Binder.get(environment).bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
                .ifBound(all -> all.forEach((k, v) -> {
                    if (k.startsWith("hibernate.") || k.startsWith("jakarta.persistence.")) {
                        settings.put(k, v);
                    }
                }));
        settings.putIfAbsent("hibernate.physical_naming_strategy",
                environment.getProperty("spring.jpa.hibernate.naming.physical-strategy", CAMEL_CASE));
        settings.putIfAbsent("hibernate.implicit_naming_strategy",
                environment.getProperty("spring.jpa.hibernate.naming.implicit-strategy", SPRING_IMPLICIT));
        return settings;
    }

    /** Classes annotated {@code annotation} in {@code packages} and their sub-packages, found by Spring's scanner. */
    private List<Class<?>> scan(List<String> packages, Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(resourceLoader);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation, false));
        Set<String> names = new LinkedHashSet<>();
        for (String p : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(p)) {
                names.add(candidate.getBeanClassName());
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(ClassUtils.resolveClassName(name, resourceLoader.getClassLoader()));
        }
        return classes;
    }
}
