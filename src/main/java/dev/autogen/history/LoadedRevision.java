package dev.autogen.history;

import dev.autogen.runtime.Migration;

import java.util.Objects;

/** A revision ready to run: where it sits in the graph, and the instance whose methods record its operations. */
public record LoadedRevision(RevisionInfo info, Migration migration) {
    public LoadedRevision {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(migration, "migration");
    }

    public String id() {
        return info.id();
    }
}
