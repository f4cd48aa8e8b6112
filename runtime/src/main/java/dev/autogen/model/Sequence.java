package dev.autogen.model;

import java.util.Objects;

/**
 * A sequence with its start value, increment and cache: how many values the server keeps in memory
 * ({@code 0} for none, MariaDB's {@code NOCACHE}), or {@code null} for the database's default (not stated).
 */
public record Sequence(QualifiedName name, long startWith, long incrementBy, Long cache) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (incrementBy == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
        if (cache != null && cache < 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have a negative cache");
        }
    }

    /** A sequence with the database's default cache. */
    public Sequence(QualifiedName name, long startWith, long incrementBy) {
        this(name, startWith, incrementBy, null);
    }
}
