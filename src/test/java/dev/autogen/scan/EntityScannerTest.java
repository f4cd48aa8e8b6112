package dev.autogen.scan;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.metadata.fixtures.relations.Address;
import dev.autogen.metadata.fixtures.relations.Author;
import dev.autogen.metadata.fixtures.relations.BaseEntity;
import dev.autogen.metadata.fixtures.relations.Book;
import dev.autogen.metadata.fixtures.relations.MoneyConverter;
import dev.autogen.metadata.fixtures.relations.OrderLine;
import dev.autogen.metadata.fixtures.relations.OrderLineId;
import jakarta.persistence.Entity;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityScannerTest {

    private static final ClassLoader PARENT = EntityScannerTest.class.getClassLoader();

    private static Path location(Class<?> cls) {
        try {
            return Path.of(cls.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path TEST_CLASSES = location(EntityScannerTest.class);

    @Test
    void findsEachKindOfJpaClassInTheAcceptedPackage() {
        EntityScanner.ScanResult result = new EntityScanner(List.of(TEST_CLASSES),
                List.of("dev.autogen.metadata.fixtures.relations"), PARENT).scan();

        assertThat(result.entities()).containsExactly(Author.class, Book.class, OrderLine.class);
        assertThat(result.mappedSuperclasses()).containsExactly(BaseEntity.class);
        assertThat(result.embeddables()).containsExactly(Address.class, OrderLineId.class);
        assertThat(result.converters()).containsExactly(MoneyConverter.class);
        assertThat(result.annotatedClasses()).containsExactly(Address.class, Author.class, BaseEntity.class,
                Book.class, MoneyConverter.class, OrderLine.class, OrderLineId.class);
    }

    @Test
    void severalPackagesAreScannedTogether() {
        EntityScanner.ScanResult result = new EntityScanner(List.of(TEST_CLASSES),
                List.of("dev.autogen.metadata.fixtures.pgenum", "dev.autogen.metadata.fixtures.types"), PARENT).scan();

        assertThat(result.entities()).extracting(Class::getSimpleName).containsExactly("Person", "TypeSample");
    }

    @Test
    void packageWithoutEntitiesNamesPackagesAndClasspath() {
        EntityScanner scanner = new EntityScanner(List.of(TEST_CLASSES), List.of("com.example.nowhere"), PARENT);

        assertScanFails(scanner, ErrorKind.MODEL)
                .hasMessage("No @Entity class was found in packages [com.example.nowhere] of classpath ["
                        + TEST_CLASSES + "]; check that 'packages' names the packages of your entities, that "
                        + "'classpath' points at the compiled classes (build the project first), and that the "
                        + "entities use jakarta.persistence.Entity (not javax.persistence).");
    }

    @Test
    void missingClasspathEntryIsAConfigurationError(@TempDir Path dir) {
        Path missing = dir.resolve("build/classes");
        EntityScanner scanner = new EntityScanner(List.of(missing), List.of(), PARENT);

        assertScanFails(scanner, ErrorKind.CONFIG)
                .hasMessageStartingWith("Classpath entry " + missing + " does not exist;");
    }

    @Test
    void entityWhoseFieldTypeIsMissingNamesClassAndMissingType(@TempDir Path dir) throws IOException {
        Path classes = compileWithout(dir, "demo/lib/Money.class",
                "package demo.lib; public class Money {}",
                "package demo.model; @jakarta.persistence.Entity public class Invoice {"
                        + " @jakarta.persistence.Id Long id; demo.lib.Money total; }");

        assertScanFails(new EntityScanner(List.of(classes), List.of("demo.model"), PARENT), ErrorKind.MODEL)
                .hasMessage("Class demo.model.Invoice cannot be loaded because the type demo.lib.Money it uses is "
                        + "not on the classpath; add the folder or jar holding demo.lib.Money to 'classpath' in "
                        + "autogen.properties.");
    }

    @Test
    void entityWhoseSuperclassIsMissingNamesClassAndMissingType(@TempDir Path dir) throws IOException {
        Path classes = compileWithout(dir, "demo/lib/Base.class",
                "package demo.lib; public class Base {}",
                "package demo.model; @jakarta.persistence.Entity public class Order extends demo.lib.Base {"
                        + " @jakarta.persistence.Id Long id; }");

        assertScanFails(new EntityScanner(List.of(classes), List.of(), PARENT), ErrorKind.MODEL)
                .hasMessageContaining("Class demo.model.Order cannot be loaded because the type demo.lib.Base");
    }

    @Test
    void loadsEntitiesFromAJarThroughItsOwnClassLoader(@TempDir Path dir) throws IOException {
        Path classes = compile(dir,
                "package demo.model; @jakarta.persistence.Entity public class Ticket {"
                        + " @jakarta.persistence.Id Long id; }");
        Path jar = dir.resolve("lib/model.jar");
        Files.createDirectories(jar.getParent());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("demo/model/Ticket.class"));
            out.write(Files.readAllBytes(classes.resolve("demo/model/Ticket.class")));
        }

        EntityScanner.ScanResult result = new EntityScanner(ClasspathEntries.expand(dir, "lib/*"),
                List.of("demo"), PARENT).scan();

        assertThat(result.entities()).extracting(Class::getName).containsExactly("demo.model.Ticket");
        Class<?> ticket = result.entities().get(0);
        assertThat(ticket.getClassLoader()).isSameAs(result.classLoader());
        // the annotation resolves to autogen's own jakarta.persistence, as Hibernate needs
        assertThat(ticket.isAnnotationPresent(Entity.class)).isTrue();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertScanFails(EntityScanner scanner,
                                                                                   ErrorKind kind) {
        return assertThatThrownBy(scanner::scan)
                .isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(kind));
    }

    /** Compiles the sources, then deletes one class file so that a dependency is missing. */
    private static Path compileWithout(Path dir, String deletedClassFile, String... sources) throws IOException {
        Path classes = compile(dir, sources);
        Files.delete(classes.resolve(deletedClassFile));
        return classes;
    }

    /** Compiles the sources (each a whole compilation unit) into {@code dir/classes}. */
    private static Path compile(Path dir, String... sources) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(),
                "-cp", location(Entity.class).toString(), "-proc:none"));
        for (String source : sources) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("package ([\\w.]+);.*?class (\\w+)").matcher(source);
            assertThat(m.find()).isTrue();
            Path file = src.resolve(m.group(1).replace('.', '/')).resolve(m.group(2) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        return classes;
    }
}
