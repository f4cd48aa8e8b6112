package dev.autogen.model;

import java.util.Objects;

/** A sequence with its start value and increment. */
public record Sequence(QualifiedName name, long startWith, long incrementBy) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (incrementBy == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
    }
}
