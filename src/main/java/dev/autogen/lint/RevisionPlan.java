package dev.autogen.lint;

import dev.autogen.operation.Plan;

import java.util.Map;
import java.util.Objects;

/**
 * What lint looks at for one revision: its upgrade operations and the rules it acknowledges.
 *
 * @param revision     the revision id
 * @param upgrade      the operations its upgrade records
 * @param acknowledged reason by rule id, from the revision's {@code @Acknowledge} annotations
 */
public record RevisionPlan(String revision, Plan upgrade, Map<String, String> acknowledged) {
    public RevisionPlan {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(upgrade, "upgrade");
        acknowledged = Map.copyOf(acknowledged);
    }
}
