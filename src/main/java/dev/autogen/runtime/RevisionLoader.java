package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.scan.RevisionCompiler;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every revision: compiles the sources of the migrations folder (through {@link RevisionCompiler}, with a
 * cache) and scans the result and the configured classpath for classes annotated {@link Revision}. A class
 * compiled from the migrations folder hides a class of the same name on the classpath.
 */
public final class RevisionLoader {
    /** Words targets use ({@code upgrade head}, {@code downgrade base}), so no revision may be called so. */
    private static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("head", "heads", "base");

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

    /** Refuses an id the version table cannot hold or that a target would read as something else. */
    private static void checkId(String id, String where) {
        String problem = null;
        if (id.isBlank()) {
            problem = "an empty id";
        } else if (id.length() > VersionTable.REVISION_LENGTH) {
            problem = "an id of " + id.length() + " characters, longer than the " + VersionTable.REVISION_LENGTH
                    + " the version table's revision column holds";
        } else if (RESERVED_IDS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            problem = "the id '" + id + "', which names a target ('" + id + "') in every command";
        } else if (!id.strip().equals(id) || id.contains(":") || id.contains(",")) {
            problem = "the id '" + id + "', which has spaces at an end or a ':' or ','";
        }
        if (problem != null) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " has " + problem
                    + "; give it an id of 1 to " + VersionTable.REVISION_LENGTH + " letters, digits or underscores,"
                    + " e.g. what 'autogen revision' generates.");
        }
    }

    private static LoadedRevision instantiate(String className, String source, ClassLoader loader) {
        String where = className + (source.equals(className) ? "" : " (in " + Path.of(source).getFileName() + ")");
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " cannot be loaded: " + e
                    + "; check that the classpath holds everything it uses.", e);
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " is annotated @Revision but does"
                    + " not implement dev.autogen.runtime.Migration; add 'implements Migration' with upgrade(Op) and"
                    + " downgrade(Op).");
        }
        if (Modifier.isAbstract(type.getModifiers()) || (type.getEnclosingClass() != null
                && !Modifier.isStatic(type.getModifiers()))) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " is abstract or an inner class;"
                    + " make it a concrete top-level (or static nested) class.");
        }
        Migration migration;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            migration = (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " has no no-argument "
                    + "constructor; add one so autogen can create it.", e);
        } catch (InvocationTargetException e) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " failed in its constructor: "
                    + e.getCause() + "; revisions should only record operations in upgrade() and downgrade().", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " cannot be created: " + e
                    + "; give it a public no-argument constructor.", e);
        }
        Revision r = type.getAnnotation(Revision.class);
        checkId(r.id(), where);
        RevisionInfo info = new RevisionInfo(r.id(), Arrays.asList(r.parents()), Arrays.asList(r.branchLabels()),
                Arrays.asList(r.dependsOn()), r.message(), r.created(), source);
        return new LoadedRevision(info, migration);
    }
}
