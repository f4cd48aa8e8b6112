package dev.autogen;

import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Plan;

import java.util.List;
import java.util.Optional;

/**
 * Proves a generated plan before its revision is written: on a scratch database (dropped whatever happens) the
 * existing revisions up to the new one's parents are replayed, the upgrade is applied through the dialect's
 * renderer, a fresh diff against the entities must be empty, the downgrade is applied, and the catalog must equal
 * the one before the upgrade.
 */
final class PlanVerifier {
    private final Autogen autogen;

    PlanVerifier(Autogen autogen) {
        this.autogen = autogen;
    }

    /** Empty when the plan is proven; otherwise a sentence saying what went wrong. */
    Optional<String> verify(List<String> parents, Plan upgrade, SchemaModel entities) {
        try (ScratchDatabase db = ScratchDatabase.create(autogen.settings(), autogen.dialect())) {
            ScratchSchema scratch = new ScratchSchema(autogen.onDatabase(db.url()));
            scratch.upgradeTo(parents);
            SchemaModel start = scratch.model();
            try {
                scratch.apply(upgrade, "upgrade");
                Plan remaining = scratch.compare(scratch.model(), entities);
                if (!remaining.isEmpty()) {
                    return Optional.of("after its upgrade the schema still differs from the entities: "
                            + scratch.describe(remaining));
                }
                scratch.apply(upgrade.reverse(), "downgrade");
            } catch (AutogenException e) {
                if (e.kind() != ErrorKind.MIGRATION_FAILED) {
                    throw e;
                }
                return Optional.of(e.getMessage());
            }
            Plan leftover = scratch.compare(start, scratch.model());
            return leftover.isEmpty() ? Optional.empty()
                    : Optional.of("its downgrade does not restore the schema; it leaves: " + scratch.describe(leftover));
        }
    }
}
