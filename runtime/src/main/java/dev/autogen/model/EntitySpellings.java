package dev.autogen.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the entity model spells its names and column types for a portable revision, beside the catalog spelling
 * the comparison uses: each catalog name's Hibernate physical name ({@code CATEGORY} on H2 is {@code category};
 * a quoted name is written in double quotes), and each column's portable type as Hibernate's metamodel tells
 * it (an {@code Instant} is {@code timestampTz(6)} even where the database spells it {@code datetime(6)}).
 *
 * @param names catalog spelling to the name as a revision writes it
 * @param types per table (catalog spelling), per column (catalog spelling), the column's type
 * @param mapping which table and columns each entity class and field maps to (catalog spelling), which a revision
 *                records as its evidence for renames
 */
public record EntitySpellings(Map<String, String> names, Map<QualifiedName, Map<String, ColumnType>> types,
                              EntityMapping mapping) {
    public EntitySpellings {
        names = Map.copyOf(names);
        mapping = mapping == null ? EntityMapping.none() : mapping;
        Map<QualifiedName, Map<String, ColumnType>> copy = new HashMap<>();
        types.forEach((table, columns) -> copy.put(table, Map.copyOf(columns)));
        types = Map.copyOf(copy);
    }

    /** Spellings without the entity mapping. */
    public EntitySpellings(Map<String, String> names, Map<QualifiedName, Map<String, ColumnType>> types) {
        this(names, types, EntityMapping.none());
    }

    public static EntitySpellings none() {
        return new EntitySpellings(Map.of(), Map.of());
    }

    /** The physical name of the catalog name {@code name}, when the entities have it. */
    public Optional<String> name(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /** The type of column {@code column} of {@code table}, when the metamodel tells a portable one. */
    public Optional<ColumnType> type(QualifiedName table, String column) {
        return Optional.ofNullable(types.getOrDefault(table, Map.of()).get(column));
    }
}
