package dev.autogen.history;


import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every revision in compiled classes: folders and jars (the migrations folder compiled by the autogen
 * module's {@code usecase.RevisionFolder}, the configured classpath) or an application's class loader. A class
 * compiled from the migrations folder hides a class of the same name on the classpath.
 *
 * <p>The revision graph comes from the class files' bytes ({@link RevisionClassFile}), and each revision's
 * class is loaded only when something asks for its instance: running it, or checksumming it when the
 * {@link ChecksumIndex} has no entry for its bytes. So {@code upgrade head} with nothing to do and unchanged
 * revisions loads no revision class.
 */
public final class RevisionLoader {
    /**
     * The revisions in compiled class folders and jars.
     *
     * @param scanned  folders and jars that may hold compiled revisions and the classes revisions use
     * @param compiled the folder among {@code scanned} the migrations folder's sources were compiled into, or
     *                 {@code null}; its revisions' source is their file in {@code sources}
     * @param sources  the migrations folder's sources
     * @param parent   class loader that sees autogen's runtime API (normally autogen's own)
     * @param cacheDir cache folder of the {@link ChecksumIndex}, normally {@code <baseDir>/.autogen-cache}
     */
    public List<LoadedRevision> load(List<Path> scanned, Path compiled, List<Path> sources, ClassLoader parent,
                                     Path cacheDir) {
        if (scanned.isEmpty()) {
            return List.of();
        }
        ClassLoader loader = classLoader(scanned, parent);
        ClassFiles files = ClassFiles.read(scanned);
        RevisionKeys keys = new RevisionKeys(files::bytes);
        ChecksumIndex index = ChecksumIndex.in(cacheDir);
        List<LoadedRevision> revisions = new ArrayList<>();
        for (Map.Entry<String, ClassFiles.Entry> e : files.revisionCandidates().entrySet()) {
            Optional<RevisionClassFile> file = parse(e.getValue().bytes());
            if (file.isEmpty()) {
                continue;
            }
            boolean fromSources = compiled != null && compiled.equals(e.getValue().root());
            String source = fromSources ? sourceOf(file.get(), sources) : file.get().name();
            revisions.add(revision(file.get(), e.getValue().bytes(), source, loader, keys, index));
        }
        revisions.sort(Comparator.comparing((LoadedRevision r) -> r.info().source()));
        return revisions;
    }

    /**
     * Revisions compiled into an application: every class annotated {@link Revision} that {@code loader} (and its
     * parents) can see, in {@code packages} and their sub-packages (empty: everywhere), loaded through
     * {@code loader}. Each revision's source is its class name. The packages' class files are read through the
     * class loader's folders and jars; when none holds a revision, or a package lives somewhere else (a nested
     * jar, say), or no package is given, the class path is scanned instead and every revision is loaded.
     * {@code cacheDir} keeps the {@link ChecksumIndex} ({@code null}: none); only classes of {@code packages}
     * make a revision's content key.
     */
    public List<LoadedRevision> loadFrom(ClassLoader loader, List<String> packages, Path cacheDir) {
        Optional<ClassFiles> files = packages.isEmpty() ? Optional.empty() : ClassFiles.read(loader, packages);
        if (files.isPresent()) {
            RevisionKeys keys = new RevisionKeys(files.get()::bytes);
            ChecksumIndex index = ChecksumIndex.in(cacheDir);
            List<LoadedRevision> revisions = new ArrayList<>();
            for (ClassFiles.Entry e : files.get().revisionCandidates().values()) {
                parse(e.bytes()).ifPresent(f -> revisions.add(revision(f, e.bytes(), f.name(), loader, keys, index)));
            }
            if (!revisions.isEmpty()) {
                revisions.sort(Comparator.comparing((LoadedRevision r) -> r.info().source()));
                return revisions;
            }
        }
        return loadFrom(loader, packages);
    }

    /**
     * The revisions an application brings, after {@code before} (the migrations folder's, say): those on
     * {@code loader} in {@code packages} (none when {@code loader} is {@code null}; see
     * {@link #loadFrom(ClassLoader, List, Path)}), then {@code classes} it found itself. A revision id already taken
     * hides a later one.
     */
    public List<LoadedRevision> withApplication(List<LoadedRevision> before, ClassLoader loader, List<String> packages,
                                                Collection<Class<?>> classes, Path cacheDir) {
        List<LoadedRevision> all = new ArrayList<>(before);
        Set<String> ids = new HashSet<>(before.stream().map(LoadedRevision::id).toList());
        List<LoadedRevision> found = new ArrayList<>(loader == null ? List.of() : loadFrom(loader, packages, cacheDir));
        found.addAll(RevisionInstances.of(classes));
        for (LoadedRevision r : found) {
            if (ids.add(r.id())) {
                all.add(r);
            }
        }
        return all;
    }

    /** As {@link #loadFrom(ClassLoader, List, Path)} through a class-path scan, loading every revision class. */
    public List<LoadedRevision> loadFrom(ClassLoader loader, List<String> packages) {
        return ClassLoaderRevisions.find(loader, packages);
    }

    private static Optional<RevisionClassFile> parse(byte[] bytes) {
        try {
            return Optional.of(RevisionClassFile.read(bytes)).filter(f -> f.revision().isPresent());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a class file the JVM would load either
        }
    }

    /**
     * The revision of a class file: checked as {@link RevisionInstances} checks a loaded class, as far as the bytes
     * tell (a class extending another than {@code Object}, or a nested class, is checked when loaded).
     */
    private static LoadedRevision revision(RevisionClassFile file, byte[] bytes, String source, ClassLoader loader,
                                           RevisionKeys keys, ChecksumIndex index) {
        String name = file.name();
        String where = RevisionInstances.where(name, source);
        if (name.contains("$")) {
            return RevisionInstances.instantiate(name, source, loader);
        }
        boolean migration = file.interfaces().contains(Migration.class.getName().replace('.', '/'));
        if (!migration && file.superName().equals("java/lang/Object")) {
            throw RevisionInstances.notMigration(where);
        }
        if (migration && file.abstractOrInterface()) {
            throw RevisionInstances.abstractOrInner(where);
        }
        if (migration && !file.noArgConstructor()) {
            throw RevisionInstances.noConstructor(where, null);
        }
        String id = file.element("id");
        RevisionInstances.checkId(id, where);
        RevisionInfo info = new RevisionInfo(id, file.elements("parents"), file.elements("branchLabels"),
                file.elements("dependsOn"), file.element("message"), file.element("created"), source);
        return LoadedRevision.lazy(info, () -> RevisionInstances.instantiate(name, source, loader).migration(),
                keys.of(name.replace('.', '/'), bytes).orElse(null), index);
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

    private static String sourceOf(RevisionClassFile info, List<Path> sources) {
        String file = info.sourceFile();
        int dot = info.name().lastIndexOf('.');
        String packagePath = dot < 0 ? "" : info.name().substring(0, dot).replace('.', '/');
        Path match = null;
        for (Path s : sources) {
            if (s.getFileName().toString().equals(file)) {
                Path dir = s.getParent();
                if (match == null || (dir != null && dir.toString().replace('\\', '/').endsWith(packagePath))) {
                    match = s;
                }
            }
        }
        return match == null ? info.name() : match.toString();
    }
}
