package dev.autogen;

import dev.autogen.operation.Plan;
import dev.autogen.runtime.RevisionInfo;

import java.util.List;

/**
 * What {@link Autogen#check()} found.
 *
 * @param pending     revisions an {@code upgrade heads} would apply, in order
 * @param edited      ids of applied revisions whose upgrade changed since they ran (checksum mismatch)
 * @param drift       the operations that would bring the database to the entities (empty while revisions
 *                    are pending: the comparison is then skipped)
 * @param differences one line per operation of {@code drift}, with its data loss if any
 */
public record CheckResult(List<RevisionInfo> pending, List<String> edited, Plan drift, List<String> differences) {
    public CheckResult {
        pending = List.copyOf(pending);
        edited = List.copyOf(edited);
        differences = List.copyOf(differences);
    }

    /** True when nothing is pending, nothing was edited, and the entities match the database. */
    public boolean ok() {
        return pending.isEmpty() && edited.isEmpty() && differences.isEmpty();
    }

    /** One line per finding, as {@code autogen check} prints them; empty when {@link #ok()}. */
    public List<String> findings() {
        List<String> lines = new java.util.ArrayList<>();
        for (RevisionInfo r : pending) {
            lines.add("pending revision: " + r.id() + ", " + r.message());
        }
        for (String id : edited) {
            lines.add("edited after it was applied: " + id + " (its checksum differs from the one recorded)");
        }
        for (String d : differences) {
            lines.add("difference: " + d);
        }
        return List.copyOf(lines);
    }
}
