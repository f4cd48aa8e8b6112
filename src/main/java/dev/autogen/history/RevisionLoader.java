package dev.autogen.history;

import dev.autogen.runtime.Revision;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.scan.RevisionCompiler;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every revision: compiles the sources of the migrations folder (through {@link RevisionCompiler}, with a
 * cache) and scans the result and the configured classpath for classes annotated {@link Revision}. A class
 * compiled from the migrations folder hides a class of the same name on the classpath.
 */
public final class RevisionLoader {
    /**
     * @param migrationsFolder folder of revision sources (may be missing: then only the classpath is scanned)
     * @param classpath        folders and jars that may hold compiled revisions and the classes revisions use
     * @param parent           class loader that sees autogen's runtime API (normally autogen's own)
     * @param cacheDir         cache folder, normally {@code <baseDir>/.autogen-cache}
     */
    public List<LoadedRevision> load(Path migrationsFolder, List<Path> classpath, ClassLoader parent, Path cacheDir) {
        List<Path> sources = RevisionCompiler.sources(migrationsFolder);
        List<Path> scanned = new ArrayList<>();
        Path compiled = null;
        if (!sources.isEmpty()) {
            compiled = new RevisionCompiler(cacheDir).compile(sources, classpath).classes();
            scanned.add(compiled);
        }
        scanned.addAll(classpath);
        if (scanned.isEmpty()) {
            return List.of();
        }
        ClassLoader loader = classLoader(scanned, parent);
        List<LoadedRevision> revisions = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(scanned).enableClassInfo().enableAnnotationInfo()
                .ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Revision.class.getName())) {
                boolean fromSources = compiled != null && compiled.toFile().equals(info.getClasspathElementFile());
                String source = fromSources ? sourceOf(info, sources) : info.getName();
                revisions.add(instantiate(info.getName(), source, loader));
            }
        }
        revisions.sort(java.util.Comparator.comparing((LoadedRevision r) -> r.info().source()));
        return revisions;
    }

    /**
     * Revisions compiled into an application: every class annotated {@link Revision} that {@code loader} (and its
     * parents) can see, in {@code packages} and their sub-packages (empty: everywhere), loaded through
     * {@code loader}. Each revision's source is its class name.
     */
    public List<LoadedRevision> loadFrom(ClassLoader loader, List<String> packages) {
        List<LoadedRevision> revisions = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).acceptPackages(packages.toArray(String[]::new))
                .enableClassInfo().enableAnnotationInfo().ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Revision.class.getName())) {
                revisions.add(instantiate(info.getName(), info.getName(), loader));
            }
        }
        revisions.sort(java.util.Comparator.comparing((LoadedRevision r) -> r.info().source()));
        return revisions;
    }

    private static ClassLoader classLoader(List<Path> entries, ClassLoader parent) {
        URL[] urls = new URL[entries.size()];
        try {
            for (int i = 0; i < urls.length; i++) {
                urls[i] = entries.get(i).toUri().toURL();
            }
        } catch (MalformedURLException e) {
            throw new AutogenException(ErrorKind.CONFIG, "A classpath entry cannot be used: " + e.getMessage()
                    + "; check the classpath setting.", e);
        }
        // stays open: the loaded revisions are used for as long as the caller keeps them
        return new URLClassLoader(urls, parent == null ? RevisionLoader.class.getClassLoader() : parent);
    }

    private static String sourceOf(ClassInfo info, List<Path> sources) {
        String file = info.getSourceFile();
        String packagePath = info.getPackageName().replace('.', '/');
        Path match = null;
        for (Path s : sources) {
            if (s.getFileName().toString().equals(file)) {
                Path dir = s.getParent();
                if (match == null || (dir != null && dir.toString().replace('\\', '/').endsWith(packagePath))) {
                    match = s;
                }
            }
        }
        return match == null ? info.getName() : match.toString();
    }

    private static LoadedRevision instantiate(String className, String source, ClassLoader loader) {
        return RevisionInstances.instantiate(className, source, loader);
    }
}
