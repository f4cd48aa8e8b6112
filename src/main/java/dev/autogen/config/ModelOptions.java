package dev.autogen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities are and how Hibernate reads them, one of the small option records {@link Settings} is made
 * of.
 *
 * @param classpath        folders and jars holding the entity classes (globs already expanded)
 * @param sources          entity source folders autogen compiles itself (no build step needed), or empty
 * @param packages         packages to scan for entities; empty means the whole classpath
 * @param hibernate        extra {@code hibernate.*} settings passed to Hibernate's boot metamodel
 * @param modelCache       reuse the entity model cached in {@code .autogen-cache/model} when nothing that feeds it
 *                         changed; {@code false} always builds it with Hibernate
 * @param namingConvention naming convention patterns by kind ({@code pk}, {@code fk}, {@code uq}, {@code ck},
 *                         {@code ix}) over the defaults; see {@code dev.autogen.metadata.NamingConvention}
 */
public record ModelOptions(List<Path> classpath, List<Path> sources, List<String> packages,
                           Map<String, String> hibernate, boolean modelCache, Map<String, String> namingConvention) {
    /** No entities configured; the model cache on. */
    public static final ModelOptions NONE = new ModelOptions(List.of(), List.of(), List.of(), Map.of(), true, Map.of());

    public ModelOptions {
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        sources = sources == null ? List.of() : List.copyOf(sources);
        packages = packages == null ? List.of() : List.copyOf(packages);
        hibernate = hibernate == null ? Map.of() : Map.copyOf(hibernate);
        namingConvention = namingConvention == null ? Map.of() : Map.copyOf(namingConvention);
    }

    /** These options with {@code extra} Hibernate settings over the current ones. */
    public ModelOptions withHibernate(Map<String, String> extra) {
        Map<String, String> merged = new java.util.HashMap<>(hibernate);
        merged.putAll(extra);
        return new ModelOptions(classpath, sources, packages, merged, modelCache, namingConvention);
    }

    @Override
    public String toString() {
        return "classpath=" + classpath + ", sources=" + sources + ", packages=" + packages + ", hibernate="
                + hibernate.keySet() + ", modelCache=" + modelCache + ", namingConvention=" + namingConvention;
    }
}
