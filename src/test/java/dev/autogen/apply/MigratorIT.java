package dev.autogen.apply;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.ClassLoaderRevisions;
import dev.autogen.scan.RevisionCompiler;
import dev.autogen.testing.RevisionFiles;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runtime module's facade, {@link Migrator}, as an application uses it: compiled revisions on a class loader
 * (a folder or a jar), found with the JDK alone, applied and undone on the real databases.
 */
class MigratorIT {
    @TempDir
    Path dir;

    /** Two chained revisions and two classes that are not revisions, compiled into a folder. */
    private Path compiled() throws IOException {
        Path src = dir.resolve("src");
        RevisionFiles.write(src, "a1a1a1", List.of(), "create items",
                "op.createTable(\"items\", column(\"id\", \"bigint\").notNull(), primaryKey(\"pk_items\", \"id\"));",
                "op.dropTable(\"items\");");
        RevisionFiles.write(src, "b2b2b2", List.of("a1a1a1"), "add name",
                "op.addColumn(\"items\", column(\"name\", \"varchar(40)\"));", "op.dropColumn(\"items\", \"name\");");
        // names the annotation in a signature only: read, loaded without initialising, and not taken for a revision
        Files.writeString(src.resolve("Helper.java"), "package migrations;\n"
                + "public class Helper { public static String id(dev.autogen.runtime.Revision r) { return r.id(); } }\n");
        // never names it: never loaded (it would throw if initialised)
        Files.writeString(src.resolve("Boom.java"), "package migrations;\n"
                + "public class Boom { static { if (true) throw new IllegalStateException(\"loaded\"); } }\n");
        return new RevisionCompiler(dir.resolve("cache")).compile(RevisionCompiler.sources(src), List.of()).classes();
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader that records every class it defines. */
    private static final class Recording extends URLClassLoader {
        final List<String> defined = Collections.synchronizedList(new ArrayList<>());

        Recording(Path element) throws IOException {
            super(new URL[] {element.toUri().toURL()}, MigratorIT.class.getClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            defined.add(name);
            return super.findClass(name);
        }
    }

    @Test
    void revisionsAreFoundInAFolderAndAJarAndOtherClassesAreNotLoaded() throws IOException {
        Path classes = compiled();
        for (Path element : List.of(classes, jar(classes, dir.resolve("revisions.jar")))) {
            try (Recording loader = new Recording(element)) {
                List<LoadedRevision> found = ClassLoaderRevisions.find(loader, List.of("migrations"));
                assertThat(found).extracting(LoadedRevision::id).as(element.toString()).containsExactly("a1a1a1", "b2b2b2");
                assertThat(found.get(0).info().source()).isEqualTo("migrations.R_a1a1a1");
                assertThat(loader.defined).doesNotContain("migrations.Boom");
                assertThat(ClassLoaderRevisions.find(loader, List.of("elsewhere"))).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void anApplicationUpgradesAndDowngradesWithTheRuntimeAlone(TestDatabase.Kind kind) throws Exception {
        Path classes = jar(compiled(), dir.resolve("app.jar"));
        try (TestDatabase db = TestDatabase.create(kind); Recording loader = new Recording(classes)) {
            Migrator migrator = Migrator.builder().url(db.url(), db.user(), db.password()).revisionsOn(loader)
                    .revisionPackages("migrations").build();
            assertThat(migrator.upgrade("head").after()).containsExactly("b2b2b2");
            // the revisions name their tables as written: H2 folds unquoted names to upper case
            String items = kind == TestDatabase.Kind.H2 ? "\"items\"" : "items";
            try (Connection c = db.connect()) {
                c.createStatement().execute("insert into " + items + " values (1, 'kept')");
            }
            assertThat(migrator.upgrade("head").nothingToDo()).isTrue();
            assertThat(migrator.downgrade("-1").after()).containsExactly("a1a1a1");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("select * from " + items)) {
                assertThat(rs.next()).as("the row survives the downgrade of the column").isTrue();
            }
            assertThat(migrator.downgrade("base").after()).isEmpty();
            assertThat(migrator.current()).isEmpty();
        }
    }

    @Test
    void aMissingDatabaseOrRevisionsAreRefusedWithWhatToGive() {
        assertThatThrownBy(() -> Migrator.builder().revisionPackages("migrations").build())
                .isInstanceOf(AutogenException.class).hasMessageContaining("give a DataSource or a JDBC URL")
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.CONFIG));
        assertThatThrownBy(() -> Migrator.builder().url("jdbc:h2:mem:m", "sa", "").build())
                .isInstanceOf(AutogenException.class).hasMessageContaining("name their packages (revisionPackages)");
    }
}
