package dev.autogen.usecase;

import dev.autogen.usecase.CheckResult;
import dev.autogen.usecase.ReplayResult;

import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.apply.DatabaseState;
import dev.autogen.history.RevisionInfo;
import dev.autogen.apply.Runner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;

/** {@code Autogen.check()}: pending revisions, edited applied revisions, the entity diff and lint. */
public final class DriftCheck {
    private final Project autogen;

    public DriftCheck(Project autogen) {
        this.autogen = autogen;
    }

    public CheckResult run() {
        Runner runner = autogen.runner();
        DatabaseState state = runner.state();
        List<RevisionInfo> pending = state.unknown().isEmpty()
                ? runner.graph().upgradePathFromRecorded(state.known(), "heads") : List.of();
        List<String> edited = state.edited().stream().map(Runner.Edit::id).toList();
        List<String> problems = state.problems();
        Plan diff = pending.isEmpty() && problems.isEmpty() ? autogen.diff() : Plan.empty();
        return new CheckResult(pending, edited, diff, differences(diff), new RevisionLint(autogen).run(), Optional.empty(), problems);
    }

    /** {@code Autogen.checkReplay()}: the schema the revisions build, against the entities, plus lint. */
    public CheckResult replay() {
        ReplayResult replay = new Replay(autogen).run();
        return new CheckResult(List.of(), List.of(), replay.drift(), differences(replay.drift()), new RevisionLint(autogen).run(),
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
