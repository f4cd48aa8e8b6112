package dev.autogen.usecase;

import dev.autogen.usecase.ReplayResult;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Plan;
import dev.autogen.history.RevisionInfo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proves a generated plan before its revision is written: on a scratch database (dropped whatever happens) the
 * revisions the configured database has are replayed and given a sample of its rows; each revision pending there
 * that the new one follows is applied, undone and applied again; then, on tables holding rows (generated where
 * none were copied), the new upgrade is applied through the dialect's renderer in one transaction where the
 * database has transactional DDL, a fresh diff against the entities must be empty, the downgrade is applied, and
 * the catalog must equal the one before the upgrade.
 */
public final class PlanVerifier {
    private final Project autogen;

    public PlanVerifier(Project autogen) {
        this.autogen = autogen;
    }

    /** Empty when the plan is proven; otherwise a sentence saying what went wrong. */
    Optional<String> verify(List<String> parents, Plan upgrade, SchemaModel entities) {
        try (ScratchDatabase db = ScratchDatabase.create(autogen.settings(), autogen.dialect())) {
            ScratchSchema scratch = new ScratchSchema(autogen.onDatabase(db.url()));
            ScratchRows rows = new ScratchRows(scratch.project());
            Optional<Set<String>> live = Replay.liveApplied(autogen);
            Set<String> applied = live.orElse(Set.of());
            // the scratch database as the configured one is, with a sample of its rows
            scratch.upgradeTo(autogen.graph().history().stream().map(RevisionInfo::id).filter(applied::contains).toList());
            rows.sampleFrom(autogen, live, scratch.model());
            // the revisions pending there that the new one follows, each round-tripped on populated tables
            Set<RevisionInfo> pending = new LinkedHashSet<>();
            for (String parent : parents) {
                pending.addAll(autogen.graph().upgradePathFromRecorded(applied, parent));
            }
            for (ReplayResult.RoundTrip trip : Replay.roundTrips(scratch, rows, List.copyOf(pending))) {
                if (!trip.ok()) {
                    return Optional.of("the pending revision " + trip.revision() + " does not round-trip on tables"
                            + " holding rows: " + (trip.error() != null ? trip.error()
                            : "its downgrade leaves " + scratch.describe(trip.leftover())));
                }
            }
            scratch.upgradeTo(parents);
            SchemaModel start = scratch.model();
            rows.fillEmpty(start);
            try {
                scratch.apply(upgrade, "upgrade");
                SchemaModel upgraded = scratch.model();
                Plan remaining = scratch.compare(upgraded, entities);
                if (!remaining.isEmpty()) {
                    return Optional.of("after its upgrade the schema still differs from the entities: "
                            + scratch.describe(remaining));
                }
                rows.fillEmpty(upgraded);
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
