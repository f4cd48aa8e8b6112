package dev.autogen.model;

import java.util.Objects;

/**
 * A schema-qualified object name, stored exactly as the database catalog spells it.
 * A {@code null} schema means the connection's default schema. Names are normalised once,
 * by whoever builds the model (the dialect folds unquoted identifiers), and compared verbatim afterwards.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    public QualifiedName {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an object name cannot be empty");
        }
        if (schema != null && schema.isEmpty()) {
            schema = null;
        }
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    public QualifiedName withSchema(String newSchema) {
        return new QualifiedName(newSchema, name);
    }

    @Override
    public int compareTo(QualifiedName o) {
        int c = String.valueOf(schema).compareTo(String.valueOf(o.schema));
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
