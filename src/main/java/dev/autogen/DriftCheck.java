package dev.autogen;

import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.DatabaseState;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Runner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;

/** {@link Autogen#check()}: pending revisions, edited applied revisions, the entity diff and lint. */
final class DriftCheck {
    private final Autogen autogen;

    DriftCheck(Autogen autogen) {
        this.autogen = autogen;
    }

    CheckResult run() {
        Runner runner = autogen.runner();
        DatabaseState state = runner.state();
        List<RevisionInfo> pending = state.unknown().isEmpty()
                ? runner.graph().upgradePathFromRecorded(state.known(), "heads") : List.of();
        List<String> edited = state.edited().stream().map(Runner.Edit::id).toList();
        List<String> problems = state.problems();
        Plan diff = pending.isEmpty() && problems.isEmpty() ? autogen.diff() : Plan.empty();
        return new CheckResult(pending, edited, diff, differences(diff), autogen.lint(), Optional.empty(), problems);
    }

    /** {@link Autogen#checkReplay()}: the schema the revisions build, against the entities, plus lint. */
    CheckResult replay() {
        ReplayResult replay = autogen.replay();
        return new CheckResult(List.of(), List.of(), replay.drift(), differences(replay.drift()), autogen.lint(),
                Optional.of(replay), List.of());
    }

    private List<String> differences(Plan diff) {
        List<String> differences = new ArrayList<>();
        for (Operation op : diff.operations()) {
            differences.add(autogen.describe(op) + autogen.risks(op).stream().map(r -> " [" + r.line() + "]")
                    .collect(Collectors.joining()));
        }
        return differences;
    }
}
