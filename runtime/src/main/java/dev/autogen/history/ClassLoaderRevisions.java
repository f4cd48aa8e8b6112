package dev.autogen.history;

import dev.autogen.runtime.Revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the revisions compiled into an application when its class loader does not hand out their packages'
 * locations ({@link ClassFiles#read(ClassLoader, List)}): no package given, a jar written without directory
 * entries, a location neither a folder nor a jar. It reads every folder and jar the class loader and the JVM's
 * class path name, one at a time ({@link ClassFiles}), and loads only the class files that name {@link Revision}.
 */
public final class ClassLoaderRevisions {
    private ClassLoaderRevisions() {
    }

    /**
     * Every class annotated {@link Revision} in {@code packages} and their sub-packages (empty: on every folder
     * and jar of {@code loader} and its parents), sorted by class name.
     */
    public static List<LoadedRevision> find(ClassLoader loader, List<String> packages) {
        List<String> prefixes = packages.stream().map(p -> p.replace('.', '/') + "/").toList();
        Set<String> names = new TreeSet<>();
        for (Path element : ClassFiles.classpathOf(loader)) {
            for (String name : ClassFiles.read(List.of(element)).revisionCandidates().keySet()) {
                if (prefixes.isEmpty() || prefixes.stream().anyMatch(name::startsWith)) {
                    names.add(name.replace('/', '.'));
                }
            }
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
}
