package dev.autogen.usecase;

import java.util.List;

/**
 * Where an {@link Autogen} finds its revisions.
 *
 * @param folder      compile and load the settings' migrations folder (and scan the settings' classpath)
 * @param classLoader an application class loader whose {@code @Revision} classes are loaded, or {@code null}
 * @param packages    packages scanned on {@code classLoader}; empty means all
 * @param classes     revision classes the application found itself (no scan); empty for none
 */
public record RevisionSources(boolean folder, ClassLoader classLoader, List<String> packages, List<Class<?>> classes) {
    /** The CLI's way: the migrations folder and the settings' classpath only. */
    public static final RevisionSources FOLDER = new RevisionSources(true, null, List.of(), List.of());

    public RevisionSources {
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
    }
}
