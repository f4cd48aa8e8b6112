package dev.autogen.spring;

import dev.autogen.runtime.Direction;
import dev.autogen.apply.ProgressListener;
import dev.autogen.history.RevisionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** autogen's progress through SLF4J: each revision at DEBUG, warnings (an edited applied revision, ...) at WARN. */
final class Slf4jProgress implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(AutogenMigration.class);

    @Override
    public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
        LOG.debug("{} {} ({}) in {} ms", direction, revision.id(), revision.message(), took.toMillis());
    }

    @Override
    public void warning(String message) {
        LOG.warn(message);
    }
}
