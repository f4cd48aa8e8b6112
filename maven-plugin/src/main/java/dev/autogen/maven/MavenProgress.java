package dev.autogen.maven;

import dev.autogen.runtime.Direction;
import dev.autogen.apply.ProgressListener;
import dev.autogen.history.RevisionInfo;
import org.apache.maven.plugin.logging.Log;

import java.time.Duration;

/** Reports the runner's progress and warnings in Maven's log. */
final class MavenProgress implements ProgressListener {
    private final Log log;

    MavenProgress(Log log) {
        this.log = log;
    }

    @Override
    public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
        log.info(direction.name().toLowerCase(java.util.Locale.ROOT) + " " + revision.describe() + " ("
                + took.toMillis() + " ms)");
    }

    @Override
    public void warning(String message) {
        log.warn(message);
    }
}
