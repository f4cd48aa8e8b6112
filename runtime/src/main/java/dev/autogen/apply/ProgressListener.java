package dev.autogen.apply;

import dev.autogen.history.RevisionInfo;
import dev.autogen.runtime.Direction;

import java.time.Duration;

/** What the {@link Runner} reports while it works; the CLI prints it, library users may log it. */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    default void revisionStarted(RevisionInfo revision, Direction direction) {
    }

    default void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
    }

    /** Something the user should know about: an edited applied revision, a statement run outside a transaction. */
    default void warning(String message) {
    }
}
