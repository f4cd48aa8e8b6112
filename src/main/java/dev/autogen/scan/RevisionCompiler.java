package dev.autogen.scan;

import dev.autogen.runtime.Migration;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiles revision sources in-process with {@code javax.tools}, against autogen's own classes and the
 * configured classpath. Output goes to {@code <cacheDir>/classes/<sha256 of sources and classpath>/}, so an
 * unchanged migrations folder is compiled once and reused afterwards.
 */
public final class RevisionCompiler {

    /**
     * @param classes   folder holding the compiled classes
     * @param sources   the sources compiled into it
     * @param fromCache true when nothing was compiled because an earlier run had compiled the same input
     */
    public record Result(Path classes, List<Path> sources, boolean fromCache) {
        public Result {
            sources = List.copyOf(sources);
        }
    }

    private final Path cacheDir;

    /** @param cacheDir the cache folder, normally {@code <baseDir>/.autogen-cache} */
    public RevisionCompiler(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The {@code .java} files under {@code folder}, sorted; empty when the folder does not exist. */
    public static List<Path> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot list the revision sources in " + folder + ": "
                    + e.getMessage() + "; check that the folder is readable.", e);
        }
    }

    /** Compiles {@code sources} (or reuses an earlier compilation of the same input). */
    public Result compile(List<Path> sources, List<Path> classpath) {
        List<Path> fullClasspath = new ArrayList<>(new LinkedHashSet<>(classpathWithAutogen(classpath)));
        Path target = cacheDir.resolve("classes").resolve(hash(sources, fullClasspath));
        if (Files.isDirectory(target)) {
            return new Result(target, sources, true);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AutogenException(ErrorKind.CONFIG, "Revisions are compiled in-process, but this Java runtime ("
                    + System.getProperty("java.home") + ") has no compiler; run autogen with a JDK, not a JRE.");
        }
        Path work = cacheDir.resolve("classes").resolve("tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(work);
            compileInto(javac, sources, fullClasspath, work);
            moveInPlace(work, target);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot write compiled revisions to " + work + ": "
                    + e.getMessage() + "; check that the folder is writable.", e);
        } finally {
            deleteTree(work);
        }
        return new Result(target, sources, false);
    }

    private static void compileInto(JavaCompiler javac, List<Path> sources, List<Path> classpath, Path out)
            throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", joinPath(classpath), "-proc:none",
                    "--release", "17", "-encoding", "UTF-8", "-g", "-nowarn");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            Boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            if (!Boolean.TRUE.equals(ok)) {
                throw new AutogenException(ErrorKind.REVISION, "The revision sources do not compile; fix them and rerun:\n"
                        + describe(diagnostics.getDiagnostics()));
            }
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "<unknown>" : Path.of(d.getSource().toUri()).getFileName().toString();
            lines.add(file + ":" + d.getLineNumber() + ": error: " + d.getMessage(Locale.ROOT));
        }
        return String.join("\n", lines);
    }

    /**
     * The configured classpath plus wherever autogen itself and its runtime API for revisions (the autogen-runtime
     * jar, or the same shaded jar) were loaded from.
     */
    private static List<Path> classpathWithAutogen(List<Path> classpath) {
        List<Path> all = new ArrayList<>();
        for (Class<?> own : List.of(RevisionCompiler.class, Migration.class)) {
            try {
                all.add(Path.of(own.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | NullPointerException | SecurityException e) {
                // no code source (unusual class loader): the JVM class path below must provide autogen
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                all.add(Path.of(entry));
            }
        }
        for (Path p : classpath) {
            all.add(p.toAbsolutePath());
        }
        return all;
    }

    /** SHA-256 over every source's name and bytes, each classpath entry (jar sizes and times), and the Java release. */
    private static String hash(List<Path> sources, List<Path> classpath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path source : sources) {
                update(sha, source.toAbsolutePath().toString());
                sha.update(Files.readAllBytes(source));
            }
            for (Path entry : classpath) {
                update(sha, entry.toString());
                if (Files.isRegularFile(entry)) {
                    update(sha, Files.size(entry) + "@" + Files.getLastModifiedTime(entry).toMillis());
                }
            }
            update(sha, System.getProperty("java.specification.version", ""));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot read the revision sources: " + e.getMessage()
                    + "; check that the migrations folder is readable.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "This Java runtime has no SHA-256.", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String joinPath(List<Path> entries) {
        List<String> parts = new ArrayList<>();
        entries.forEach(p -> parts.add(p.toString()));
        return String.join(File.pathSeparator, parts);
    }

    /** Publishes a finished compilation atomically; a concurrent run that published first wins. */
    private static void moveInPlace(Path work, Path target) throws IOException {
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another process compiled the same input first: its classes are identical
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(work, target);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless: the next run uses a new one
        }
    }
}
