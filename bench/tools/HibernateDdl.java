import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Writes the create script Hibernate itself derives from the compiled bench entities: args classes-dir out.sql. */
public final class HibernateDdl {
    public static void main(String[] args) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                .applySetting("jakarta.persistence.schema-generation.scripts.create-target", args[1])
                .applySetting("hibernate.hbm2ddl.delimiter", ";")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        try (Stream<Path> files = Files.list(Path.of(args[0], "bench"))) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String f = p.getFileName().toString();
                if (f.endsWith(".class")) {
                    sources.addAnnotatedClass(Class.forName("bench." + f.substring(0, f.length() - 6)));
                }
            }
        }
        sources.buildMetadata().buildSessionFactory().close();
    }
}
