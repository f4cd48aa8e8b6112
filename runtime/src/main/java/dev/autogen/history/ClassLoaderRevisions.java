package dev.autogen.history;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.runtime.Revision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the revisions compiled into an application, with nothing but the JDK: the class files under the given
 * packages of a class loader (folders, jars, and the nested jars of a Spring Boot executable jar, through their
 * {@code jar:} URLs) whose bytes name {@link Revision}, loaded through that class loader. A class file that does
 * not mention the annotation is never loaded, so scanning a package costs a read of its files.
 */
public final class ClassLoaderRevisions {
    /** How a class file's constant pool names the annotation: every annotated class holds these bytes. */
    private static final byte[] MARK = ("L" + Revision.class.getName().replace('.', '/') + ";")
            .getBytes(StandardCharsets.UTF_8);

    private ClassLoaderRevisions() {
    }

    /**
     * Every class annotated {@link Revision} in {@code packages} and their sub-packages (empty: on every folder
     * and jar of {@code loader} and its parents), sorted by class name.
     */
    public static List<LoadedRevision> find(ClassLoader loader, List<String> packages) {
        Set<String> names = new TreeSet<>();
        try {
            if (packages.isEmpty()) {
                for (Path element : classpathOf(loader)) {
                    scan(element, "", names);
                }
            } else {
                for (String p : packages) {
                    String prefix = p.replace('.', '/');
                    Enumeration<URL> urls = loader.getResources(prefix);
                    boolean found = urls.hasMoreElements();
                    while (urls.hasMoreElements()) {
                        scan(urls.nextElement(), prefix, names);
                    }
                    if (!found) {
                        // a jar written without directory entries answers no resource for a package: read its entries
                        for (Path element : classpathOf(loader)) {
                            scan(element, prefix + "/", names);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot read the revision classes on the class path ("
                    + (packages.isEmpty() ? "every package" : "packages " + String.join(", ", packages)) + "): "
                    + e.getMessage() + ".", e);
        }
        List<LoadedRevision> revisions = new ArrayList<>();
        for (String name : names) {
            if (annotated(name, loader)) {
                revisions.add(RevisionInstances.instantiate(name, name, loader));
            }
        }
        revisions.sort(Comparator.comparing((LoadedRevision r) -> r.info().source()));
        return revisions;
    }

    /** A class file that names the annotation in a method's signature only is no revision. */
    private static boolean annotated(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader).isAnnotationPresent(Revision.class);
        } catch (ClassNotFoundException | LinkageError e) {
            // let instantiate say why it cannot be loaded
            return true;
        }
    }

    private static void scan(URL url, String prefix, Set<String> names) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                Path dir = Path.of(url.toURI());
                Path root = dir;
                for (int i = 0; i < prefix.split("/").length; i++) {
                    root = root.getParent();
                }
                scanFolder(root, dir, names);
            } catch (URISyntaxException e) {
                throw new IOException("bad class path URL " + url, e);
            }
            return;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String entry = jar.getEntryName() == null ? prefix : jar.getEntryName();
                scanJar(file, entry.endsWith("/") || entry.isEmpty() ? entry : entry + "/", names);
            }
        }
    }

    private static void scan(Path element, String prefix, Set<String> names) throws IOException {
        if (Files.isDirectory(element)) {
            scanFolder(element, element.resolve(prefix), names);
        } else if (Files.isRegularFile(element) && element.toString().endsWith(".jar")) {
            try (JarFile file = new JarFile(element.toFile())) {
                scanJar(file, prefix, names);
            }
        }
    }

    private static void scanFolder(Path root, Path dir, Set<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(ClassLoaderRevisions::isClassFile).toList()) {
                if (mentionsRevision(Files.readAllBytes(f))) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    names.add(className(rel));
                }
            }
        }
    }

    private static void scanJar(JarFile jar, String prefix, Set<String> names) throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            String name = e.getName();
            if (!e.isDirectory() && name.startsWith(prefix) && isClassFile(name)) {
                try (InputStream in = jar.getInputStream(e)) {
                    if (mentionsRevision(in.readAllBytes())) {
                        names.add(className(name));
                    }
                }
            }
        }
    }

    private static boolean isClassFile(Path p) {
        return Files.isRegularFile(p) && isClassFile(p.getFileName().toString());
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    /** Whether the class file's bytes hold the annotation's descriptor (its constant pool names it). */
    static boolean mentionsRevision(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (bytes[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The folders and jars {@code loader} and its parents read: their URLs, and the JVM's class path. */
    private static Set<Path> classpathOf(ClassLoader loader) {
        Set<Path> elements = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            elements.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a local file: not scanned
                        }
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                elements.add(Path.of(entry));
            }
        }
        return elements;
    }
}
