package dev.autogen.history;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Makes revisions from revision classes: checks each is a concrete {@link Migration} annotated {@link Revision}
 * with a usable id, and creates it. Needs no class-path scanner, so an application that finds its revision
 * classes itself (Spring's scanner, say) needs nothing else.
 */
public final class RevisionInstances {
    /** Words targets use ({@code upgrade head}, {@code downgrade base}), so no revision may be called so. */
    private static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("head", "heads", "base");

    private RevisionInstances() {
    }

    /** The revisions of these classes (each annotated {@link Revision}), in class-name order. */
    public static List<LoadedRevision> of(Collection<Class<?>> classes) {
        List<LoadedRevision> revisions = new ArrayList<>();
        for (Class<?> type : classes) {
            revisions.add(instantiate(type.getName(), type.getName(), type.getClassLoader()));
        }
        revisions.sort(java.util.Comparator.comparing((LoadedRevision r) -> r.info().source()));
        return revisions;
    }

    /** Refuses an id the version table cannot hold or that a target would read as something else. */
    static void checkId(String id, String where) {
        String problem = null;
        if (id.isBlank()) {
            problem = "an empty id";
        } else if (id.length() > RevisionInfo.MAX_ID_LENGTH) {
            problem = "an id of " + id.length() + " characters, longer than the " + RevisionInfo.MAX_ID_LENGTH
                    + " the version table's revision column holds";
        } else if (RESERVED_IDS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            problem = "the id '" + id + "', which names a target ('" + id + "') in every command";
        } else if (!id.strip().equals(id) || id.contains(":") || id.contains(",")) {
            problem = "the id '" + id + "', which has spaces at an end or a ':' or ','";
        }
        if (problem != null) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " has " + problem
                    + "; give it an id of 1 to " + RevisionInfo.MAX_ID_LENGTH + " letters, digits or underscores,"
                    + " e.g. what 'autogen revision' generates.");
        }
    }

    /** How messages name a revision class: {@code migrations.R_a1 (in R_a1.java)}, or the class name alone. */
    static String where(String className, String source) {
        return className + (source.equals(className) ? "" : " (in " + Path.of(source).getFileName() + ")");
    }

    static AutogenException notMigration(String where) {
        return new AutogenException(ErrorKind.REVISION, "Revision class " + where + " is annotated @Revision but does"
                + " not implement dev.autogen.runtime.Migration; add 'implements Migration' with upgrade(Op) and"
                + " downgrade(Op).");
    }

    static AutogenException abstractOrInner(String where) {
        return new AutogenException(ErrorKind.REVISION, "Revision class " + where + " is abstract or an inner class;"
                + " make it a concrete top-level (or static nested) class.");
    }

    static AutogenException noConstructor(String where, Throwable cause) {
        return new AutogenException(ErrorKind.REVISION, "Revision class " + where + " has no no-argument "
                + "constructor; add one so autogen can create it.", cause);
    }

    public static LoadedRevision instantiate(String className, String source, ClassLoader loader) {
        String where = where(className, source);
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException(ErrorKind.REVISION, "Revision class " + where + " cannot be loaded: " + e
                    + "; check that the classpath holds everything it uses.", e);
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw notMigration(where);
        }
        if (Modifier.isAbstract(type.getModifiers()) || (type.getEnclosingClass() != null
                && !Modifier.isStatic(type.getModifiers()))) {
            throw abstractOrInner(where);
        }
        Migration migration;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            migration = (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw noConstructor(where, e);
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
