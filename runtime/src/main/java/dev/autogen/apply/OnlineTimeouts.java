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
        return values(revision, safety).map(t -> dialect.onlineTimeouts(t.get(0), t.get(1))).orElse(List.of());
    }

    /**
     * The same timeouts as session settings, for the revision's statements that run outside a transaction
     * ({@code CREATE INDEX CONCURRENTLY}), which {@code SET LOCAL} does not reach; none for a revision that is not
     * online.
     */
    public static List<String> session(LoadedRevision revision, SafetyOptions safety, Dialect dialect) {
        return values(revision, safety).map(t -> dialect.sessionTimeouts(t.get(0), t.get(1))).orElse(List.of());
    }

    /**
     * Whether every transaction of {@code revision} bounds its lock waits: an online revision whose lock timeout (its
     * own, else {@code online_lock_timeout}) is not zero, for lint's rule about lock timeouts.
     */
    public static boolean boundsLockWaits(LoadedRevision revision, SafetyOptions safety) {
        return values(revision, safety).filter(t -> !t.get(0).strip().matches("0+\\s*[a-z]*")).isPresent();
    }

    /** The lock and statement timeouts of an online revision: its own, else the settings. */
    private static java.util.Optional<List<String>> values(LoadedRevision revision, SafetyOptions safety) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        if (annotation == null || !annotation.online()) {
            return java.util.Optional.empty();
        }
        String lock = annotation.lockTimeout().isBlank() ? millis(safety.lockTimeout()) : annotation.lockTimeout();
        String statement = annotation.statementTimeout().isBlank() ? millis(safety.statementTimeout())
                : annotation.statementTimeout();
        return java.util.Optional.of(List.of(lock, statement));
    }

    private static String millis(Duration d) {
        return d.toMillis() + "ms";
    }
}
