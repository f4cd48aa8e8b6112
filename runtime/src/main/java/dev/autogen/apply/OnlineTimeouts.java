package dev.autogen.apply;

import dev.autogen.history.LoadedRevision;
import dev.autogen.runtime.Revision;

import dev.autogen.apply.SafetyOptions;
import dev.autogen.dialect.Dialect;

import java.time.Duration;
import java.util.List;

/**
 * The statements each transaction of an online revision ({@code @Revision(online = true)}) starts with: its lock
 * and statement timeouts, the revision's own where it states them, else the {@code online_*} settings. One place for
 * the online runner and the offline script.
 */
public final class OnlineTimeouts {
    private OnlineTimeouts() {
    }

    /** Whether {@code revision} was written with the online plan. */
    public static boolean online(LoadedRevision revision) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        return annotation != null && annotation.online();
    }

    /** The timeout statements of {@code revision} on {@code dialect}; none for a revision that is not online. */
    public static List<String> of(LoadedRevision revision, SafetyOptions safety, Dialect dialect) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        if (annotation == null || !annotation.online()) {
            return List.of();
        }
        String lock = annotation.lockTimeout().isBlank() ? millis(safety.lockTimeout()) : annotation.lockTimeout();
        String statement = annotation.statementTimeout().isBlank() ? millis(safety.statementTimeout())
                : annotation.statementTimeout();
        return dialect.onlineTimeouts(lock, statement);
    }

    /**
     * Whether every transaction of {@code revision} bounds its lock waits: an online revision whose lock timeout (its
     * own, else {@code online_lock_timeout}) is not zero, for lint's rule about lock timeouts.
     */
    public static boolean boundsLockWaits(LoadedRevision revision, SafetyOptions safety) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        if (annotation == null || !annotation.online()) {
            return false;
        }
        String lock = annotation.lockTimeout().isBlank() ? millis(safety.lockTimeout()) : annotation.lockTimeout();
        return !lock.strip().matches("0+\\s*[a-z]*");
    }

    private static String millis(Duration d) {
        return d.toMillis() + "ms";
    }
}
