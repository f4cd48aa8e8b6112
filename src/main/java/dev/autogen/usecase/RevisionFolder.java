package dev.autogen.usecase;

import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RevisionLoader;
import dev.autogen.scan.RevisionCompiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The revisions of a project: the sources of the migrations folder, compiled (through {@link RevisionCompiler},
 * cached by content), and the configured classpath, read by the runtime's {@link RevisionLoader}.
 */
public final class RevisionFolder {
    private RevisionFolder() {
    }

    /**
     * @param migrationsFolder folder of revision sources (may be missing: then only the classpath is read)
     * @param classpath        folders and jars that may hold compiled revisions and the classes revisions use
     * @param parent           class loader that sees autogen's runtime API (normally autogen's own)
     * @param cacheDir         cache folder, normally {@code <baseDir>/.autogen-cache}
     */
    public static List<LoadedRevision> load(Path migrationsFolder, List<Path> classpath, ClassLoader parent,
                                            Path cacheDir) {
        List<Path> sources = RevisionCompiler.sources(migrationsFolder);
        List<Path> scanned = new ArrayList<>();
        Path compiled = null;
        if (!sources.isEmpty()) {
            compiled = new RevisionCompiler(cacheDir).compile(sources, classpath).classes();
            scanned.add(compiled);
        }
        scanned.addAll(classpath);
        return new RevisionLoader().load(scanned, compiled, sources, parent, cacheDir);
    }
}
