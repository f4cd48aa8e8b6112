package dev.autogen.model;

import java.util.List;
import java.util.Objects;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}); values in declaration order. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
