package dev.autogen;

import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.RevisionInfo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code check --replay}: the schema built from the revisions alone, on a scratch database that is dropped
 * whatever happens, compared with the entities; and the newest revision applied, undone and applied again.
 */
final class Replay {
    private final Autogen autogen;

    Replay(Autogen autogen) {
        this.autogen = autogen;
    }

    ReplayResult run() {
        SchemaModel entities = autogen.entityModel();
        List<RevisionInfo> heads = autogen.graph().heads();
        try (ScratchDatabase db = ScratchDatabase.create(autogen.settings(), autogen.dialect())) {
            ScratchSchema scratch = new ScratchSchema(autogen.onDatabase(db.url()));
            if (heads.isEmpty()) {
                return new ReplayResult(scratch.compare(scratch.model(), entities), Optional.empty());
            }
            // the newest head: the only one, or the most recently created of several
            RevisionInfo newest = heads.stream().max(Comparator.comparing(RevisionInfo::created)).orElseThrow();
            replayTo(scratch, newest.parents());
            SchemaModel before = scratch.model();
            replayTo(scratch, List.of(newest.id()));
            // with one head the database is now at heads: compare before the round trip, which may leave it broken
            Plan drift = heads.size() == 1 ? scratch.compare(scratch.model(), entities) : null;
            ReplayResult.RoundTrip roundTrip = downAndUp(scratch, newest, before);
            if (drift == null) {
                drift = Plan.empty();
                if (roundTrip.ok()) {
                    scratch.upgradeTo(List.of("heads"));
                    drift = scratch.compare(scratch.model(), entities);
                }
            }
            return new ReplayResult(drift, Optional.of(roundTrip));
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
            scratch.autogen().runner().downgrade(revision.parents().isEmpty() ? "base" : revision.parents().get(0));
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
