package dev.autogen;

import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Runner;

import java.util.ArrayList;
import java.util.List;

/** {@link Autogen#check()}: pending revisions, edited applied revisions, and the entity diff. */
final class DriftCheck {
    private final Autogen autogen;

    DriftCheck(Autogen autogen) {
        this.autogen = autogen;
    }

    CheckResult run() {
        Runner runner = autogen.runner();
        List<RevisionInfo> pending = runner.pending();
        List<String> edited = runner.editedRevisions();
        Plan diff = pending.isEmpty() ? autogen.diff() : Plan.empty();
        List<String> differences = new ArrayList<>();
        for (Operation op : diff.operations()) {
            differences.add(autogen.describe(op) + autogen.dataLoss(op).map(s -> " [DATA LOSS: " + s + "]").orElse(""));
        }
        return new CheckResult(pending, edited, diff, differences);
    }
}
