package dev.autogen.config;

import dev.autogen.scan.ClasspathEntries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What Spring Boot decides for an application when its configuration is silent, applied where Spring Boot is on
 * the application's class path, so that autogen names tables and columns exactly as the running application does:
 * the physical naming strategy {@code CamelCaseToUnderscoresNamingStrategy} ({@code firstName} is the column
 * {@code first_name}) and the implicit one {@code SpringImplicitNamingStrategy} (join tables named after the owning
 * table and property), each unless set; and, when neither {@code classpath} nor {@code sources} is set, the
 * project's compiled classes ({@code target/classes}, or Gradle's {@code build/classes/java/main}).
 */
final class SpringBootDefaults {
    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot 4's class; autogen's metadata reader has the same rules built in for when it is not on the class path. */
    static final String SPRING_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final List<String> CLASS_FOLDERS = List.of("target/classes", "build/classes/java/main");

    private SpringBootDefaults() {
    }

    /** Adds Spring Boot's defaults to {@code values} (and their origins) where Spring Boot is in use. */
    static void apply(Path baseDir, Map<String, String> values, Map<String, SettingsLoader.Origin> origins) {
        String build = buildFileNamingSpringBoot(baseDir);
        if (build != null && !values.containsKey("classpath") && !values.containsKey("sources")) {
            for (String folder : CLASS_FOLDERS) {
                if (Files.isDirectory(baseDir.resolve(folder))) {
                    values.put("classpath", folder);
                    origins.put("classpath", new SettingsLoader.Origin("Spring Boot project (" + build
                            + "): its compiled classes", null, null));
                    break;
                }
            }
        }
        String why = build != null ? build + " uses Spring Boot" : springBootJar(baseDir, values.get("classpath"));
        if (why == null) {
            return;
        }
        if (!values.containsKey(PHYSICAL)) {
            values.put(PHYSICAL, CAMEL_CASE_TO_UNDERSCORES);
            origins.put(PHYSICAL, new SettingsLoader.Origin("Spring Boot default (" + why + ")", null, null));
        }
        if (!values.containsKey(IMPLICIT)) {
            values.put(IMPLICIT, SPRING_IMPLICIT);
            origins.put(IMPLICIT, new SettingsLoader.Origin("Spring Boot default (" + why + ")", null, null));
        }
    }

    /** The build file that names Spring Boot ({@code org.springframework.boot}), or {@code null}. */
    private static String buildFileNamingSpringBoot(Path baseDir) {
        for (String name : BUILD_FILES) {
            Path f = baseDir.resolve(name);
            try {
                if (Files.isRegularFile(f) && Files.readString(f).contains("org.springframework.boot")) {
                    return name;
                }
            } catch (IOException e) {
                // an unreadable build file says nothing either way; the class path may still tell
            }
        }
        return null;
    }

    /** A reason when the classpath setting holds Spring Boot's jar, or {@code null}. */
    private static String springBootJar(Path baseDir, String classpath) {
        if (classpath == null) {
            return null;
        }
        for (Path entry : ClasspathEntries.expand(baseDir, classpath)) {
            String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
            if (name.matches("spring-boot-\\d.*\\.jar") || name.matches("spring-boot-hibernate-.*\\.jar")
                    || Files.isRegularFile(entry.resolve("org/springframework/boot/SpringApplication.class"))) {
                return name + " is on the class path";
            }
        }
        return null;
    }
}
