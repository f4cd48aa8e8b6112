package dev.autogen.usecase;

import dev.autogen.lint.Finding;
import dev.autogen.operation.Plan;
import dev.autogen.history.RevisionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Autogen#check()} (or {@link Autogen#checkReplay()}) found, and the one verdict every front end
 * reports: the CLI's exit code, the Maven plugin's build result and the library's {@link #ok()} all come from here.
 *
 * @param pending     revisions an {@code upgrade heads} would apply, in order (always empty in replay mode)
 * @param edited      ids of applied revisions whose upgrade changed since they ran (checksum mismatch)
 * @param drift       the operations that would bring the database (or, in replay mode, the schema the revisions
 *                    build) to the entities (empty while revisions are pending: the comparison is then skipped)
 * @param differences one line per operation of {@code drift}, with its data loss if any
 * @param lint        lint findings in pending revisions (all revisions in replay mode); an unacknowledged one fails
 * @param replay      in replay mode, what the replay found (its round trip); empty when the database was checked
 * @param problems    what stops upgrades: interrupted revisions, recorded ids no revision file has
 */
public record CheckResult(List<RevisionInfo> pending, List<String> edited, Plan drift, List<String> differences,
                          List<Finding> lint, Optional<ReplayResult> replay, List<String> problems) {
    public CheckResult {
        problems = List.copyOf(problems);
        pending = List.copyOf(pending);
        edited = List.copyOf(edited);
        Objects.requireNonNull(drift, "drift");
        differences = List.copyOf(differences);
        lint = List.copyOf(lint);
        Objects.requireNonNull(replay, "replay");
    }

    /**
     * The verdict: true when nothing is pending, interrupted or unknown, nothing was edited, the entities match, no lint finding is left
     * unacknowledged and, in replay mode, the round trip held.
     */
    public boolean ok() {
        return pending.isEmpty() && problems.isEmpty() && edited.isEmpty() && drift.isEmpty() && differences.isEmpty()
                && lint.stream().noneMatch(Finding::failing) && replay.map(ReplayResult::ok).orElse(true);
    }

    /** The lint findings that fail the check (not acknowledged). */
    public List<Finding> failingLint() {
        return lint.stream().filter(Finding::failing).toList();
    }

    /** One line per finding that fails the check, as {@code autogen check} prints them; empty when {@link #ok()}. */
    public List<String> findings() {
        List<String> lines = new ArrayList<>();
        for (String p : problems) {
            lines.add("problem: " + p);
        }
        for (RevisionInfo r : pending) {
            lines.add("pending revision: " + r.id() + ", " + r.message());
        }
        for (String id : edited) {
            lines.add("edited after it was applied: " + id + " (its checksum differs from the one recorded)");
        }
        for (String d : differences) {
            lines.add("difference: " + d);
        }
        for (Finding f : failingLint()) {
            lines.add("lint: " + f.line());
        }
        return List.copyOf(lines);
    }
}
