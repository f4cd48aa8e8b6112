package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/** The neutral model of a database schema: what the entities describe, or what the catalog holds. */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
    public SchemaModel {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        enumTypes = List.copyOf(enumTypes);
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
