package dev.autogen;

import dev.autogen.operation.Plan;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Autogen#replay()} found.
 *
 * @param drift     the operations that take the schema the revisions build to the entities; empty when they agree
 *                  (exactly what {@code autogen -m} would write on a database at head)
 * @param roundTrip the newest revision's upgrade-downgrade-upgrade, or empty when there are no revisions; with
 *                  several heads and a failed round trip, {@code drift} is not computed (empty)
 */
public record ReplayResult(Plan drift, Optional<RoundTrip> roundTrip) {
    public ReplayResult {
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(roundTrip, "roundTrip");
    }

    public boolean ok() {
        return drift.isEmpty() && roundTrip.map(RoundTrip::ok).orElse(true);
    }

    /**
     * The newest revision applied, undone and applied again on the scratch database.
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
