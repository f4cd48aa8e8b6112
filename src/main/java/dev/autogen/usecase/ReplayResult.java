package dev.autogen.usecase;

import dev.autogen.model.QualifiedName;

import dev.autogen.operation.Plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Autogen#replay()} found.
 *
 * @param drift     the operations that take the schema the revisions build to the entities; empty when they agree
 *                  (exactly what {@code autogen -m} would write on a database at head)
 * @param roundTrips the upgrade-downgrade-upgrade of every pending revision (every revision the configured
 *                   database has not applied, or all of them when it cannot be read), in the order they apply, on
 *                   tables holding rows; it stops at the first that fails. With a failed round trip and several
 *                   heads, {@code drift} is not computed (empty)
 * @param emptyTables tables the round trips ran on without rows, because no generated row fitted them
 */
public record ReplayResult(Plan drift, List<RoundTrip> roundTrips, Set<QualifiedName> emptyTables) {
    public ReplayResult {
        Objects.requireNonNull(drift, "drift");
        roundTrips = List.copyOf(roundTrips);
        emptyTables = emptyTables == null ? Set.of() : Set.copyOf(emptyTables);
    }

    public boolean ok() {
        return drift.isEmpty() && roundTrips.stream().allMatch(RoundTrip::ok);
    }

    /** The round trip that failed, or else the last one; empty when there were none. */
    public Optional<RoundTrip> roundTrip() {
        return roundTrips.stream().filter(r -> !r.ok()).findFirst()
                .or(() -> roundTrips.isEmpty() ? Optional.empty() : Optional.of(roundTrips.get(roundTrips.size() - 1)));
    }

    /**
     * A revision applied, undone and applied again on the scratch database.
     *
     * @param revision the revision id
     * @param leftover what the downgrade leaves behind: the operations that take the catalog before the upgrade to
     *                 the catalog after the downgrade; empty when the downgrade undoes the upgrade exactly
     * @param error    why the downgrade or the second upgrade failed, or {@code null}
     */
    public record RoundTrip(String revision, Plan leftover, String error) {
        public RoundTrip {
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(leftover, "leftover");
        }

        public boolean ok() {
            return leftover.isEmpty() && error == null;
        }
    }
}
