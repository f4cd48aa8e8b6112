package dev.autogen.usecase;

import dev.autogen.metadata.EntityModelReader;
import dev.autogen.metadata.IdentifierNormaliser;
import dev.autogen.metadata.MetadataOptions;
import dev.autogen.model.SchemaModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entity model of an earlier run, in {@code .autogen-cache/model/<key>.model}, so that {@code check},
 * {@code -m} and {@code --verify} with unchanged entities skip the scan and Hibernate's boot.
 *
 * <p>The key is a SHA-256 over everything the model is made from, so a stale model cannot be found: the bytes
 * of every file in every folder of the entity classpath (jars: every entry's name, size and CRC-32), the
 * scanned packages, every component of the {@link MetadataOptions} (dialect, {@code hibernate.*} settings,
 * default schema), the dialect, the Java version, and the names, sizes and modification times of the files of
 * autogen, Hibernate, Jakarta Persistence and the class path autogen was loaded from (another build of any of
 * them is another key). A model
 * is cached only when every entity class came from the entity classpath, and reused only when none of them can
 * be loaded from autogen's own class path instead. Anything that cannot be hashed means no caching, never a
 * guess; an unreadable cache file is a miss.
 */
public final class ModelCache {
    private static final String FORMAT = "autogen entity model cache 1";
    private static final String SUFFIX = ".model";
    /** How many models (other dialects, other branches' entities) are kept beside the newest. */
    private static final int KEEP = 4;

    private final Path dir;

    public ModelCache(Path cacheDir) {
        this.dir = cacheDir.resolve("model");
    }

    /** The key for these inputs, or empty when one of them cannot be hashed. */
    static Optional<String> key(List<Path> classpath, List<String> packages, MetadataOptions options,
                                String dialect, ClassLoader parent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
            ModelCodec codec = new ModelCodec(ModelCache.class.getClassLoader());
            out.writeUTF(FORMAT);
            out.writeUTF(dialect);
            out.writeUTF(System.getProperty("java.version", ""));
            codec.write(out, List.copyOf(packages));
            for (RecordComponent c : MetadataOptions.class.getRecordComponents()) {
                out.writeUTF(c.getName());
                // the normaliser is the dialect's code: covered by the dialect's name and autogen's own jar
                if (c.getType() != IdentifierNormaliser.class) {
                    codec.write(out, sorted(c.getAccessor().invoke(options)));
                }
            }
            out.writeUTF("classpath");
            for (Path entry : classpath) {
                hashContent(out, entry.toAbsolutePath().normalize());
            }
            out.writeUTF("implementation");
            for (Path entry : implementation(parent)) {
                hashStamp(out, entry);
            }
            out.flush();
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | UncheckedIOException | ReflectiveOperationException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /**
     * A map in key order: {@link MetadataOptions} holds {@code Map.copyOf} copies, whose iteration order is salted
     * per JVM, so hashing them as they iterate made another key in every run.
     */
    private static Object sorted(Object value) {
        return value instanceof Map<?, ?> map ? new java.util.TreeMap<>(map) : value;
    }

    /** The cached model for {@code key}, unless one of its classes is visible to {@code parent}. */
    Optional<SchemaModel> read(String key, ClassLoader parent) {
        return read(key, parent, SchemaModel.class);
    }

    /** The cached value of {@code type} for {@code key} (a model, or spellings), as {@link #read(String, ClassLoader)}. */
    <T> Optional<T> read(String key, ClassLoader parent, Class<T> type) {
        Path file = dir.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            ModelCodec codec = new ModelCodec(ModelCache.class.getClassLoader());
            Object classes = codec.read(in);
            if (!(classes instanceof List<?> names) || names.stream().anyMatch(n -> visible(parent, n))) {
                return Optional.empty();
            }
            Object model = codec.read(in);
            return type.isInstance(model) ? Optional.of(type.cast(model)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code model} under {@code key}; {@code classes} are the scanned classes, {@code loader} the one that
     * loaded the entity classpath. Does nothing when a class came from elsewhere; a failed write only costs the
     * next run the boot.
     */
    public void write(String key, Object model, List<Class<?>> classes, ClassLoader loader) {
        if (classes.stream().anyMatch(c -> c.getClassLoader() != loader)) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(FORMAT);
                out.writeUTF(key);
                ModelCodec codec = new ModelCodec(ModelCache.class.getClassLoader());
                codec.write(out, classes.stream().map(Class::getName).toList());
                codec.write(out, model);
            }
            Path file = dir.resolve(key + SUFFIX);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | UncheckedIOException e) {
            // the cache is an optimisation: the next run builds the model again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next prune
                }
            }
        }
    }

    private void prune() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(dir)) {
            models = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ModelCache::modified).reversed())
                    .toList();
        }
        for (Path old : models.subList(Math.min(models.size(), KEEP + 1), models.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean visible(ClassLoader parent, Object className) {
        return !(className instanceof String name) || parent.getResource(name.replace('.', '/') + ".class") != null;
    }

    /** The jars and folders of autogen, Hibernate, Jakarta Persistence and the class path autogen runs on. */
    private static List<Path> implementation(ClassLoader parent) throws IOException {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> c : EntityModelReader.implementation()) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IOException("No code source for " + c.getName());
            }
            entries.add(path(source.getLocation()));
        }
        for (ClassLoader l = parent; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(path(url));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return new ArrayList<>(entries);
    }

    private static Path path(URL url) throws IOException {
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Cannot hash " + url, e);
        }
    }

    /** A folder: every file's relative name and bytes. A jar: every entry's name, size and CRC-32. */
    private static void hashContent(DataOutputStream out, Path entry) throws IOException {
        out.writeUTF(entry.toString());
        if (Files.isDirectory(entry)) {
            byte[] buffer = new byte[8192];
            for (Path f : files(entry)) {
                out.writeUTF(entry.relativize(f).toString());
                try (InputStream in = Files.newInputStream(f)) {
                    long size = 0;
                    for (int n; (n = in.read(buffer)) > 0; size += n) {
                        out.write(buffer, 0, n);
                    }
                    out.writeLong(size);
                }
            }
        } else if (Files.isRegularFile(entry)) {
            try (ZipFile zip = new ZipFile(entry.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry z = e.nextElement();
                    out.writeUTF(z.getName());
                    out.writeLong(z.getSize());
                    out.writeLong(z.getCrc());
                }
            }
        } else {
            throw new IOException(entry + " is neither a folder nor a readable file");
        }
    }

    /**
     * autogen's own code and its class path: every file's name, size and modification time (a new build or a
     * replaced jar changes them), without reading a hundred library jars on every run.
     */
    private static void hashStamp(DataOutputStream out, Path entry) throws IOException {
        out.writeUTF(entry.toString());
        for (Path f : Files.isDirectory(entry) ? files(entry) : List.of(entry)) {
            out.writeUTF(f.toString());
            if (Files.exists(f)) {
                out.writeLong(Files.size(f));
                out.writeLong(Files.getLastModifiedTime(f).toMillis());
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
