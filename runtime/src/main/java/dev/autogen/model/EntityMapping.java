package dev.autogen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which table each entity class maps to and which columns each of its fields map to, in catalog spelling: the
 * evidence a revision records of the entity model it was generated from, so a later revision can tell a renamed
 * column or table (the same field, another name) from a dropped one and an added one.
 *
 * @param entities entity class name to its table
 * @param fields   {@code class#field} ({@code class#address.street} inside an embeddable) to its table and columns
 */
public record EntityMapping(Map<String, QualifiedName> entities, Map<String, Columns> fields) {
    public EntityMapping {
        entities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entities));
        fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    public static EntityMapping none() {
        return new EntityMapping(Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return entities.isEmpty() && fields.isEmpty();
    }

    /** The table and columns a field maps to. */
    public record Columns(QualifiedName table, List<String> columns) {
        public Columns {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
        }
    }
}
