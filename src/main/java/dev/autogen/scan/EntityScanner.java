package dev.autogen.scan;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassGraphException;
import io.github.classgraph.ClassInfo;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JPA classes (entities, mapped superclasses, embeddables, converters) in the configured classpath
 * folders and jars, and loads them through a class loader over those entries whose parent is autogen's own,
 * so that {@code jakarta.persistence} and Hibernate annotations resolve to the same classes Hibernate uses.
 */
public final class EntityScanner {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String CONVERTER = "jakarta.persistence.Converter";

    private static final Pattern TYPE_NAME = Pattern.compile("([A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+)");

    private final List<Path> classpath;
    private final List<String> packages;
    private final ClassLoader parent;

    public EntityScanner(List<Path> classpath, List<String> packages, ClassLoader parent) {
        this.classpath = List.copyOf(classpath);
        this.packages = List.copyOf(packages);
        this.parent = Objects.requireNonNull(parent, "parent");
    }

    /** The classes found, each list sorted by class name, and the loader that loaded them. */
    public record ScanResult(ClassLoader classLoader, List<Class<?>> entities, List<Class<?>> mappedSuperclasses,
                             List<Class<?>> embeddables, List<Class<?>> converters) {
        public ScanResult {
            Objects.requireNonNull(classLoader, "classLoader");
            entities = List.copyOf(entities);
            mappedSuperclasses = List.copyOf(mappedSuperclasses);
            embeddables = List.copyOf(embeddables);
            converters = List.copyOf(converters);
        }

        /** Every class found, sorted by name: what Hibernate's metadata sources need. */
        public List<Class<?>> annotatedClasses() {
            List<Class<?>> all = new ArrayList<>();
            all.addAll(entities);
            all.addAll(mappedSuperclasses);
            all.addAll(embeddables);
            all.addAll(converters);
            return all.stream().distinct().sorted(Comparator.comparing(Class::getName)).toList();
        }
    }

    /**
     * Scans the classpath entries.
     *
     * @throws AutogenException of kind {@code CONFIG} when an entry does not exist, and of kind {@code MODEL}
     *                          when a class cannot be loaded or no entity is found
     */
    public ScanResult scan() {
        URL[] urls = urls();
        URLClassLoader loader = new URLClassLoader("autogen-entities", urls, parent);
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        try (io.github.classgraph.ScanResult found = graph.scan()) {
            List<Class<?>> entities = load(found.getClassesWithAnnotation(ENTITY), loader);
            if (entities.isEmpty()) {
                throw noEntities();
            }
            return new ScanResult(loader, entities,
                    load(found.getClassesWithAnnotation(MAPPED_SUPERCLASS), loader),
                    load(found.getClassesWithAnnotation(EMBEDDABLE), loader),
                    load(found.getClassesWithAnnotation(CONVERTER), loader));
        } catch (ClassGraphException e) {
            throw new AutogenException(ErrorKind.MODEL, "Scanning " + classpath + " for entity classes failed: "
                    + e.getMessage() + "; check that every classpath entry is a readable folder or jar.", e);
        }
    }

    private URL[] urls() {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classpath.get(i);
            if (!Files.exists(entry)) {
                throw new AutogenException(ErrorKind.CONFIG, "Classpath entry " + entry + " does not exist; fix "
                        + "'classpath' in autogen.properties, or build the project so the folder or jar is there.");
            }
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new AutogenException(ErrorKind.CONFIG, "Classpath entry " + entry + " cannot be used as a URL: "
                        + e.getMessage() + "; fix 'classpath' in autogen.properties.", e);
            }
        }
        return urls;
    }

    private List<Class<?>> load(List<ClassInfo> infos, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (ClassInfo info : infos) {
            if (info.isAnnotation()) {
                continue;
            }
            classes.add(load(info.getName(), loader));
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    /** Loads the class and resolves the types of its members now, so a missing dependency is reported here. */
    private Class<?> load(String className, ClassLoader loader) {
        try {
            Class<?> cls = Class.forName(className, false, loader);
            cls.getDeclaredFields();
            cls.getDeclaredMethods();
            cls.getAnnotations();
            return cls;
        } catch (ClassNotFoundException | LinkageError e) {
            String missing = missingType(e);
            throw new AutogenException(ErrorKind.MODEL, "Class " + className + " cannot be loaded because "
                    + (missing == null ? "of " + e : "the type " + missing + " it uses is not on the classpath")
                    + "; add the folder or jar holding " + (missing == null ? "its dependencies" : missing)
                    + " to 'classpath' in autogen.properties.", e);
        }
    }

    /** The name of the missing type a loading error mentions, in dotted form, or {@code null}. */
    static String missingType(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException
                    || t instanceof TypeNotPresentException) {
                String message = t.getMessage();
                if (message != null) {
                    Matcher m = TYPE_NAME.matcher(message);
                    if (m.find()) {
                        return m.group(1).replace('/', '.');
                    }
                }
            }
        }
        return null;
    }

    private AutogenException noEntities() {
        String where = packages.isEmpty() ? "any package" : "packages " + packages;
        return new AutogenException(ErrorKind.MODEL, "No @Entity class was found in " + where + " of classpath "
                + classpath + "; check that 'packages' names the packages of your entities, that 'classpath' "
                + "points at the compiled classes (build the project first), and that the entities use "
                + "jakarta.persistence.Entity (not javax.persistence).");
    }
}
