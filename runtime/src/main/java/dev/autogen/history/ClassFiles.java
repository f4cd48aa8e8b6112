package dev.autogen.history;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files of folders and jars, read as bytes (nothing is loaded), by binary name with slashes; where a
 * name is in several, the first folder or jar wins, as on a class path.
 */
final class ClassFiles {
    /** One class file: the folder or jar it came from ({@code null} for a jar nested in another), and its bytes. */
    record Entry(Path root, byte[] bytes) {
    }

    private final Map<String, Entry> files = new LinkedHashMap<>();

    private ClassFiles() {
    }

    /** Every class file of these folders and jars (a missing entry holds none). */
    static ClassFiles read(List<Path> roots) {
        ClassFiles out = new ClassFiles();
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    out.readFolder(root, root);
                } else if (Files.isRegularFile(root)) {
                    try (JarFile jar = new JarFile(root.toFile())) {
                        out.readJar(root, jar, "");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.IO, "Cannot read the classes in " + root
                        + ": " + e.getMessage() + "; check that the classpath entry is a readable folder or jar.", e);
            }
        }
        return out;
    }

    /**
     * The class files of {@code packages} (and their sub-packages) as {@code loader} finds them in folders and
     * jars; empty when one of its locations is neither (then only a scanner can find them).
     */
    static Optional<ClassFiles> read(ClassLoader loader, List<String> packages) {
        ClassFiles out = new ClassFiles();
        try {
            for (String pkg : packages) {
                String path = pkg.replace('.', '/');
                Enumeration<URL> urls = loader.getResources(path);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (url.getProtocol().equals("file")) {
                        Path folder = Path.of(url.toURI());
                        Path root = folder;
                        for (int i = 0; i < pkg.split("\\.").length; i++) {
                            root = root.getParent();
                        }
                        out.readFolder(root, folder);
                    } else if (url.openConnection() instanceof JarURLConnection connection) {
                        // a jar on disk, or one nested in another (a Spring Boot executable jar's): no root path then
                        connection.setUseCaches(false);
                        URL jarUrl = connection.getJarFileURL();
                        try (JarFile jar = connection.getJarFile()) {
                            out.readJar(jarUrl.getProtocol().equals("file") ? Path.of(jarUrl.toURI()) : null, jar,
                                    path + "/");
                        }
                    } else {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /**
     * The folders and jars {@code loader} and its parents read from the local file system: their URLs, and the JVM's
     * class path.
     */
    static Set<Path> classpathOf(ClassLoader loader) {
        Set<Path> elements = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            elements.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a local file: not read
                        }
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                elements.add(Path.of(entry));
            }
        }
        elements.removeIf(p -> !Files.isDirectory(p) && !p.toString().endsWith(".jar"));
        return elements;
    }

    /** The bytes of class {@code name} (slashes), or {@code null} when none of the roots holds it. */
    byte[] bytes(String name) {
        Entry e = files.get(name);
        return e == null ? null : e.bytes();
    }

    /** The class files that may be annotated {@link Revision}, by name. */
    Map<String, Entry> revisionCandidates() {
        Map<String, Entry> out = new LinkedHashMap<>();
        files.forEach((name, e) -> {
            if (RevisionClassFile.mayBeRevision(e.bytes())) {
                out.put(name, e);
            }
        });
        return out;
    }

    private void readFolder(Path root, Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                if (Files.isRegularFile(f)) {
                    String name = root.relativize(f).toString().replace('\\', '/');
                    if (!files.containsKey(name.substring(0, name.length() - 6))) {
                        files.put(name.substring(0, name.length() - 6), new Entry(root, Files.readAllBytes(f)));
                    }
                }
            }
        }
    }

    private void readJar(Path root, JarFile jar, String prefix) throws IOException {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(".class")
                    && !name.startsWith("META-INF/") && !files.containsKey(name.substring(0, name.length() - 6))) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(name.substring(0, name.length() - 6), new Entry(root, in.readAllBytes()));
                }
            }
        }
    }
}
