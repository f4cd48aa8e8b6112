package dev.autogen.lint;

import dev.autogen.operation.Plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What lint looks at for one revision: its upgrade operations, where they are written and the rules it acknowledges.
 *
 * @param revision     the revision id
 * @param upgrade      the operations its upgrade records
 * @param acknowledged reason by rule id, from the revision's {@code @Acknowledge} annotations
 * @param source       the revision's source file (or its class name when it has none)
 * @param lines        for each operation of {@code upgrade}, the line of {@code source} whose {@code op} call recorded
 *                     it (0 when unknown); empty when no line is known
 * @param lockTimeout  true when every transaction of the revision waits for locks at most a bounded time: an online
 *                     revision with a lock timeout, or a {@code lock_timeout} the database session has already
 */
public record RevisionPlan(String revision, Plan upgrade, Map<String, String> acknowledged, String source,
                           List<Integer> lines, boolean lockTimeout) {
    public RevisionPlan {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(upgrade, "upgrade");
        acknowledged = Map.copyOf(acknowledged);
        source = source == null ? revision : source;
        lines = List.copyOf(lines);
    }

    /** A revision with no known source lines and no lock timeout. */
    public RevisionPlan(String revision, Plan upgrade, Map<String, String> acknowledged) {
        this(revision, upgrade, acknowledged, null, List.of(), false);
    }

    /** The source line of operation {@code index} (0-based), 0 when unknown. */
    public int line(int index) {
        return index < lines.size() ? lines.get(index) : 0;
    }
}
