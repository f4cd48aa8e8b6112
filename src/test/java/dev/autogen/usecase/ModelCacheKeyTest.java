package dev.autogen.usecase;

import dev.autogen.metadata.IdentifierNormaliser;
import dev.autogen.metadata.MetadataOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity model cache's key is the same in every JVM for the same inputs. {@code Map.copyOf} (which
 * {@link MetadataOptions} uses) iterates in an order salted per JVM, so a key written in iteration order was
 * another key in every run: with the server version and a {@code hibernate.*} setting, {@code check} never found
 * the model it had cached (each run wrote one more file).
 */
class ModelCacheKeyTest {
    @TempDir
    Path dir;

    @Test
    void keyIsTheSameInEveryJvm() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "not really a class");
        Set<String> keys = new HashSet<>();
        for (int run = 0; run < 4; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PrintKey.class.getName(), classes.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor()).as(out).isZero();
            keys.add(out);
        }
        assertThat(keys).as("the key computed in four JVMs").hasSize(1);
    }

    /** Prints the key of fixed inputs: the settings a PostgreSQL project's check has, and more. */
    public static final class PrintKey {
        public static void main(String[] args) {
            Map<String, String> settings = new TreeMap<>();
            settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
            settings.put("jakarta.persistence.database-product-version", "15.20");
            settings.put("jakarta.persistence.database-major-version", "15");
            settings.put("jakarta.persistence.database-minor-version", "20");
            settings.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
            settings.put("hibernate.default_schema", "public");
            settings.put("hibernate.physical_naming_strategy", "x.Naming");
            settings.put("hibernate.type.preferred_uuid_jdbc_type", "CHAR");
            MetadataOptions options = new MetadataOptions("org.hibernate.dialect.PostgreSQLDialect", settings,
                    IdentifierNormaliser.lowerCase(), "public", Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
            System.out.println(ModelCache.key(List.of(Path.of(args[0])), List.of("bench"), options, "postgresql",
                    ClassLoader.getSystemClassLoader()).orElse("no key"));
        }
    }
}
