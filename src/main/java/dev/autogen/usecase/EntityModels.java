package dev.autogen.usecase;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;
import dev.autogen.metadata.EntityModelReader;
import dev.autogen.metadata.MetadataOptions;
import dev.autogen.model.EntitySpellings;
import dev.autogen.model.SchemaModel;
import dev.autogen.scan.EntityScanner;
import dev.autogen.scan.RevisionCompiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity side of a diff: compile entity sources if configured, scan, and read Hibernate's boot metamodel,
 * or take the model from {@link ModelCache} when nothing that feeds it changed.
 */
public final class EntityModels {
    private final Settings settings;
    private final Dialect dialect;
    private final Map<String, String> serverVersion;

    /**
     * @param serverVersion Hibernate's {@code jakarta.persistence.database-*} settings for the live server's
     *                      version (empty when unknown or pinned in the settings), so Hibernate maps types as
     *                      it does when connected to that server
     */
    /** Without a server version: Hibernate's default version for the dialect. */
    public EntityModels(Settings settings, Dialect dialect) {
        this(settings, dialect, Map.of());
    }

    public EntityModels(Settings settings, Dialect dialect, Map<String, String> serverVersion) {
        this.settings = settings;
        this.dialect = dialect;
        this.serverVersion = Map.copyOf(serverVersion);
    }

    /** Folders and jars holding the entity classes: the configured classpath plus the compiled sources. */
    List<Path> classpath() {
        List<Path> cp = new ArrayList<>(settings.classpath());
        if (!settings.sources().isEmpty()) {
            List<Path> sources = new ArrayList<>();
            for (Path root : settings.sources()) {
                if (!java.nio.file.Files.isDirectory(root)) {
                    throw new AutogenException(ErrorKind.CONFIG, "The entity source folder " + root
                            + " (key 'sources') does not exist; fix 'sources' in autogen.properties.");
                }
                sources.addAll(RevisionCompiler.sources(root));
            }
            RevisionCompiler.Result compiled = new RevisionCompiler(cacheDir(settings)).compile(sources, settings.classpath());
            cp.add(compiled.classes());
        }
        return cp;
    }

    public SchemaModel read() {
        return cached(new ModelCache(cacheDir(settings)), "", SchemaModel.class, EntityModelReader::read);
    }

    /** The model of entity classes the application found itself: no scan, no cache. */
    public SchemaModel read(List<Class<?>> entityClasses) {
        ClassLoader loader = entityClasses.get(0).getClassLoader();
        return new EntityModelReader(options()).read(entityClasses, loader);
    }

    /** How the entities spell names and types for a portable revision: one more metamodel build, cached as the model is. */
    EntitySpellings spellings() {
        // keyed as the model is, with another dialect string: the same inputs make the spellings
        return cached(new ModelCache(cacheDir(settings).resolve("spellings")), ":spellings", EntitySpellings.class,
                EntityModelReader::spellings);
    }

    /** What the reader makes of the scanned entities, through {@code cache} unless the model cache is off. */
    private <T> T cached(ModelCache cache, String kind, Class<T> type, Reading<T> reading) {
        List<Path> cp = entityClasspath();
        MetadataOptions options = options();
        ClassLoader parent = Project.class.getClassLoader();
        Optional<String> key = settings.modelCache()
                ? ModelCache.key(cp, settings.packages(), options, dialect.getClass().getName() + ":" + dialect.name()
                        + kind, parent)
                : Optional.empty();
        if (key.isPresent()) {
            Optional<T> cached = cache.read(key.get(), parent, type);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        EntityScanner.ScanResult scan = new EntityScanner(cp, settings.packages(), parent).scan();
        T value = reading.read(new EntityModelReader(options), scan.annotatedClasses(), scan.classLoader());
        key.ifPresent(k -> cache.write(k, value, scan.annotatedClasses(), scan.classLoader()));
        return value;
    }

    /** One of the {@link EntityModelReader}'s readings of scanned classes. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(EntityModelReader reader, List<Class<?>> classes, ClassLoader loader);
    }

    private List<Path> entityClasspath() {
        List<Path> cp = classpath();
        if (cp.isEmpty()) {
            throw new AutogenException(ErrorKind.CONFIG, "No entities configured: set 'classpath' (compiled classes)"
                    + " or 'sources' (entity source folders) in autogen.properties, or pass --classpath.");
        }
        return cp;
    }

    private MetadataOptions options() {
        String defaultSchema = settings.schemas().isEmpty() ? dialect.defaultSchema() : settings.schemas().get(0);
        Map<String, String> hibernate = new HashMap<>(serverVersion);
        hibernate.putAll(settings.hibernate());
        MetadataOptions options = new MetadataOptions(dialect.hibernateDialect(), hibernate,
                dialect::normaliseIdentifier, defaultSchema, settings.namingConvention());
        options.naming(); // a bad naming_convention.* setting stops here, before any model is read or cached
        return options;
    }

    /**
     * {@code <baseDir>/.autogen-cache}, or when that cannot be written (a read-only checkout) a folder of the same
     * purpose under the system's temporary folder, one per project folder.
     */
    static Path cacheDir(Settings settings) {
        Path preferred = settings.baseDir().resolve(".autogen-cache");
        if (writable(preferred)) {
            return preferred;
        }
        String project = settings.baseDir().toAbsolutePath().normalize().toString();
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("autogen-cache-" + Integer.toHexString(project.hashCode()));
    }

    private static boolean writable(Path cache) {
        try {
            java.nio.file.Files.createDirectories(cache.resolve("classes"));
            return java.nio.file.Files.isWritable(cache.resolve("classes"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
