package dev.autogen.usecase;


import dev.autogen.operation.Plan;

import java.util.List;
import java.util.Set;

/**
 * Before a {@code stamp}: the schema the revisions build up to the stamped target, replayed on a scratch database
 * that is dropped whatever happens, compared with the live database's schema.
 */
public final class StampCheck {
    private final Project autogen;

    public StampCheck(Project autogen) {
        this.autogen = autogen;
    }

    /** The operations that would take the replayed schema to the live one; empty when they match. */
    public Plan differences(String target) {
        Set<String> heads = autogen.graph().resolve(target, autogen.runner().current());
        try (ScratchDatabase db = ScratchDatabase.create(autogen.settings(), autogen.dialect())) {
            ScratchSchema scratch = new ScratchSchema(autogen.onDatabase(db.url()));
            scratch.upgradeTo(List.copyOf(heads));
            return scratch.compare(scratch.model(), autogen.databaseModel());
        }
    }
}
