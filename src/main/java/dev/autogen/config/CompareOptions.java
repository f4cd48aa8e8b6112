package dev.autogen.config;

import java.util.List;

/**
 * What the comparison looks at, one of the small option records {@link Settings} is made of.
 *
 * @param schemas        database schemas to compare; empty means the connection's default schema
 * @param includeTables  glob patterns of table names to compare; empty means all
 * @param excludeTables  glob patterns of table names to ignore
 * @param includeObjects {@code kind:pattern} entries of objects to compare; none means all
 * @param excludeObjects {@code kind:pattern} entries of objects to ignore
 */
public record CompareOptions(List<String> schemas, List<String> includeTables, List<String> excludeTables,
                             List<String> includeObjects, List<String> excludeObjects) {
    /** The default schema, every table and object. */
    public static final CompareOptions ALL = new CompareOptions(List.of(), List.of(), List.of(), List.of(), List.of());

    public CompareOptions {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
        includeObjects = includeObjects == null ? List.of() : List.copyOf(includeObjects);
        excludeObjects = excludeObjects == null ? List.of() : List.copyOf(excludeObjects);
    }
}
