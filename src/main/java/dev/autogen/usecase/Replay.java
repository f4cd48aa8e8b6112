package dev.autogen.usecase;

import dev.autogen.usecase.ReplayResult;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Plan;
import dev.autogen.apply.DatabaseState;
import dev.autogen.history.RevisionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check --replay}: the schema built from the revisions alone, on a scratch database that is dropped
 * whatever happens, compared with the entities; and every pending revision (those the configured database has
 * not applied; all of them when it cannot be read) applied, undone and applied again in turn, on tables that hold
 * rows: a sample of the configured database's rows where it is at the same revision, else generated ones. The
 * revisions run through the runner, under the transaction policy of a real {@code upgrade}.
 */
public final class Replay {
    private final Project autogen;

    public Replay(Project autogen) {
        this.autogen = autogen;
    }

    public ReplayResult run() {
        SchemaModel entities = autogen.entityModel();
        List<RevisionInfo> heads = autogen.graph().heads();
        Optional<Set<String>> live = liveApplied(autogen);
        Set<String> applied = live.orElse(Set.of());
        List<RevisionInfo> pending = autogen.graph().upgradePathFromRecorded(applied, "heads");
        Set<String> replayed = applied;
        if (pending.isEmpty() && !heads.isEmpty()) {
            // nothing pending: the newest head (the most recently created of several) is round-tripped
            RevisionInfo newest = heads.stream().max(java.util.Comparator.comparing(RevisionInfo::created)).orElseThrow();
            pending = List.of(newest);
            replayed = new java.util.HashSet<>(applied);
            replayed.remove(newest.id());
        }
        Set<String> base = replayed;
        try (ScratchDatabase db = ScratchDatabase.create(autogen.settings(), autogen.dialect())) {
            ScratchSchema scratch = new ScratchSchema(autogen.onDatabase(db.url()));
            ScratchRows rows = new ScratchRows(scratch.project());
            if (heads.isEmpty()) {
                return new ReplayResult(scratch.compare(scratch.model(), entities), List.of(), Set.of());
            }
            // the scratch database at the revisions the configured one has, holding a sample of its rows
            replayTo(scratch, autogen.graph().history().stream().map(RevisionInfo::id)
                    .filter(base::contains).toList());
            rows.sampleFrom(autogen, live, scratch.model());
            List<ReplayResult.RoundTrip> roundTrips = roundTrips(scratch, rows, pending);
            Plan drift = Plan.empty();
            if (roundTrips.stream().allMatch(ReplayResult.RoundTrip::ok)) {
                scratch.upgradeTo(List.of("heads"));
                drift = scratch.compare(scratch.model(), entities);
            }
            return new ReplayResult(drift, roundTrips, rows.skipped());
        }
    }

    /**
     * Applies, undoes and applies again each of {@code revisions} in turn, on tables holding rows (generated ones
     * for the tables that have none); stops at the first round trip that fails.
     */
    static List<ReplayResult.RoundTrip> roundTrips(ScratchSchema scratch, ScratchRows rows, List<RevisionInfo> revisions) {
        List<ReplayResult.RoundTrip> roundTrips = new ArrayList<>();
        for (RevisionInfo revision : revisions) {
            SchemaModel before = scratch.model();
            rows.fillEmpty(before);
            replayTo(scratch, List.of(revision.id()));
            rows.fillEmpty(scratch.model());
            ReplayResult.RoundTrip roundTrip = downAndUp(scratch, revision, before);
            roundTrips.add(roundTrip);
            if (!roundTrip.ok()) {
                break;
            }
        }
        return roundTrips;
    }

    /**
     * The revisions the configured database records, when it can be read and knows every one of them; empty
     * when it cannot be reached (every revision is then pending, and round-tripped).
     */
    static Optional<Set<String>> liveApplied(Project autogen) {
        try {
            DatabaseState state = autogen.runner().state();
            return state.unknown().isEmpty() ? Optional.of(state.known()) : Optional.empty();
        } catch (AutogenException e) {
            if (e.kind() == ErrorKind.CONNECTION || e.kind() == ErrorKind.CONFIG) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Applies revisions on the scratch database. A failure is reported without the runner's advice about the
     * database's state: the scratch database is dropped, and only the revision needs fixing.
     */
    private static void replayTo(ScratchSchema scratch, List<String> ids) {
        try {
            scratch.upgradeTo(ids);
        } catch (AutogenException e) {
            if (e.kind() != ErrorKind.MIGRATION_FAILED) {
                throw e;
            }
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, "Replaying the revisions on a scratch database,"
                    + " which is dropped afterwards, failed: " + withoutStateAdvice(e.getMessage()) + " Nothing changed"
                    + " in the configured database; fix the revision and run 'autogen check --replay' again.", e);
        }
    }

    /** The runner's failure message without what it says about the database's state (moot on a dropped scratch). */
    private static String withoutStateAdvice(String message) {
        String m = message;
        for (String advice : List.of(" The database is still at ", " The version table is still at ",
                "; fix the revision and rerun")) {
            int at = m.indexOf(advice);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m.strip();
    }

    /**
     * Downgrades the revision (the catalog must equal {@code before}, the one before its upgrade) and, when that
     * left nothing behind, upgrades it again.
     */
    private static ReplayResult.RoundTrip downAndUp(ScratchSchema scratch, RevisionInfo revision, SchemaModel before) {
        try {
            // undo only this revision: nothing applied but its ancestors and itself follows its first parent
            scratch.project().runner().downgrade(revision.parents().isEmpty() ? "base" : revision.parents().get(0));
            Plan leftover = scratch.compare(before, scratch.model());
            if (leftover.isEmpty()) {
                scratch.upgradeTo(List.of(revision.id()));
            }
            return new ReplayResult.RoundTrip(revision.id(), leftover, null);
        } catch (AutogenException e) {
            return new ReplayResult.RoundTrip(revision.id(), Plan.empty(), withoutStateAdvice(e.getMessage()));
        }
    }
}
