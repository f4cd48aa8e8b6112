package dev.autogen.usecase;

import dev.autogen.Autogen;

import dev.autogen.usecase.EntityModels;
import dev.autogen.usecase.ModelCache;

import dev.autogen.config.SettingsLoader;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.EntitySpellings;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity model cache: reused when nothing changed, never when an entity changed, bypassed on request. */
class ModelCacheIT {
    private static final String USER = """
            package app;
            @jakarta.persistence.Entity @jakarta.persistence.Table(name = "app_user")
            public class User {
                @jakarta.persistence.Id Long id;
                String name;
            %s}
            """;

    @TempDir
    Path project;

    @Test
    void editedEntityIsReadAgainAndUnchangedOnesReuseTheCache() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = upgraded(db);
            List<Path> first = models();
            assertThat(first).hasSize(1);
            FileTime written = Files.getLastModifiedTime(first.get(0));

            cli.expect(0, "check");
            assertThat(models()).isEqualTo(first);
            assertThat(Files.getLastModifiedTime(first.get(0))).isEqualTo(written);

            // same file size and time would not fool it: the key hashes the class bytes
            cli.write("src/app/User.java", USER.formatted("    String email;\n"));
            Cli.Result drift = cli.expect(1, "check");
            assertThat(drift.out() + drift.err()).contains("email");
            assertThat(models()).hasSize(2);
        }
    }

    @Test
    void cachedModelIsWhatIsReadAndTheOptionBypassesIt() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = upgraded(db);
            Path file = models().get(0);
            String key = file.getFileName().toString().replace(".model", "");
            Autogen autogen = Autogen.of(new SettingsLoader(Map.of()).load(project, null, Map.of()), null);
            SchemaModel built = new EntityModels(autogen.settings(), autogen.dialect()).read();

            // plant a model with one more table under the same key: check must report it, so it was read
            List<Table> tables = new ArrayList<>(built.tables());
            tables.add(new Table(new QualifiedName(null, "planted"), List.of(new Column("id", "bigint", false, null, false, null)),
                    new PrimaryKey("planted_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null));
            new ModelCache(project.resolve(".autogen-cache")).write(key,
                    new SchemaModel(tables, built.sequences(), built.enumTypes()), List.of(), null);
            assertThat(cli.expect(1, "check").out()).contains("planted");

            cli.expect(0, "check", "--no-model-cache");
            cli.write("autogen.properties", Files.readString(project.resolve("autogen.properties")) + "model_cache=false\n");
            cli.expect(0, "check");
        }
    }

    @Test
    void cachedModelEqualsTheBuiltOne() {
        new Cli(project).write("autogen.properties", "url=jdbc:h2:mem:model_cache\nsources=src\npackages=app\n")
                .write("src/app/User.java", USER.formatted("    @jakarta.persistence.Column(length = 80, unique = true) String email;\n"));
        Autogen autogen = Autogen.of(new SettingsLoader(Map.of()).load(project, null, Map.of()), null);
        SchemaModel built = new EntityModels(autogen.settings(), autogen.dialect()).read();
        SchemaModel cached = new EntityModels(autogen.settings(), autogen.dialect()).read();
        assertThat(models()).hasSize(1);
        assertThat(cached).isEqualTo(built);
        assertThat(cached.tables()).isNotEmpty();
    }

    /**
     * {@code -m} with unchanged entities reuses the spellings of its portable revision (before, every {@code -m}
     * built Hibernate's metamodel once more for them, model cache or not), and the cached spellings are the built ones.
     */
    @Test
    void revisionWithUnchangedEntitiesReusesTheCachedSpellings() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = upgraded(db);
            List<Path> spellings = files(".autogen-cache/spellings/model");
            assertThat(spellings).hasSize(1);
            FileTime written = Files.getLastModifiedTime(spellings.get(0));
            cli.write("src/app/User.java", USER.formatted("    String email;\n"));
            cli.expect(0, "-m", "second revision");
            assertThat(files(".autogen-cache/spellings/model")).hasSize(2);
            cli.write("src/app/User.java", USER.formatted(""));
            Autogen autogen = Autogen.of(new SettingsLoader(Map.of()).load(project, null, Map.of()), null);
            EntitySpellings cached = new EntityModels(autogen.settings(), autogen.dialect()).spellings();
            assertThat(Files.getLastModifiedTime(spellings.get(0))).isEqualTo(written);
            Files.delete(spellings.get(0));
            assertThat(cached).isEqualTo(new EntityModels(autogen.settings(), autogen.dialect()).spellings());
        }
    }

    /** The project with one entity, its first revision applied, and a clean check that filled the cache. */
    private Cli upgraded(TestDatabase db) {
        Cli cli = new Cli(project).configure(db, "app").write("src/app/User.java", USER.formatted(""));
        cli.expect(0, "-m", "first revision");
        cli.expect(0, "upgrade", "head");
        cli.expect(0, "check");
        return cli;
    }

    private List<Path> models() {
        return files(".autogen-cache/model");
    }

    private List<Path> files(String folder) {
        Path dir = project.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".model")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
