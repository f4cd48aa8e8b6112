package dev.autogen.codegen;

import dev.autogen.runtime.Migration;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles a generated revision in-process against the test classpath and loads it as a {@link Migration}. */
final class RevisionCompiler {
    private final Path workDir;

    RevisionCompiler(Path workDir) {
        this.workDir = workDir;
    }

    /** Every diagnostic javac reports (errors and, with {@code -Xlint:all}, warnings), one per line. */
    String diagnostics(RevisionSpec spec, GeneratedRevision revision) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src"));
        Path out = Files.createDirectories(workDir.resolve("classes"));
        Path file = Files.writeString(src.resolve(revision.fileName()), revision.source());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-Xlint:all", "-proc:none", "--release", "17");
            javac.getTask(null, files, collector, options, null, files.getJavaFileObjects(file)).call();
        }
        return collector.getDiagnostics().stream().map(RevisionCompiler::describe).collect(Collectors.joining("\n"));
    }

    /** Loads the class compiled by {@link #diagnostics} and creates an instance. */
    Migration load(RevisionSpec spec, GeneratedRevision revision) throws ReflectiveOperationException, IOException {
        String binaryName = spec.packageName().isEmpty() ? revision.className()
                : spec.packageName() + "." + revision.className();
        URL classes = workDir.resolve("classes").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass(binaryName);
            return (Migration) type.getDeclaredConstructor().newInstance();
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        return d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null);
    }
}
