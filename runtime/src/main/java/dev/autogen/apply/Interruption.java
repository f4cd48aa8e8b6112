package dev.autogen.apply;

import dev.autogen.history.RenderedOperation;
import dev.autogen.history.RevisionInfo;
import dev.autogen.runtime.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * A revision whose version-table row is still an "in progress" mark: its upgrade or downgrade started work that
 * cannot roll back and did not finish (the process was killed, the connection was lost, or a statement failed).
 *
 * @param revision   the revision
 * @param direction  what was running
 * @param done       how many operations completed
 * @param operations the operations of that direction, as the revision renders them now
 * @param nextMayBe  true when operation {@code done + 1} cannot roll back, so it may be partly applied
 */
public record Interruption(RevisionInfo revision, Direction direction, int done, List<RenderedOperation> operations,
                           boolean nextMayBe) {
    public Interruption {
        operations = List.copyOf(operations);
    }

    /** The operations that may be applied: those that completed, and the next one when it may be partly applied. */
    public List<RenderedOperation> mayBeApplied() {
        int upTo = Math.min(operations.size(), done + (nextMayBe ? 1 : 0));
        return operations.subList(0, upTo);
    }

    /** What happened and how to repair it, as {@code upgrade}, {@code current} and {@code check} report it. */
    public String describe() {
        List<String> ops = new ArrayList<>();
        mayBeApplied().forEach(o -> ops.add(o.number() + " (" + o.description() + ")"));
        String what = direction == Direction.UPGRADE ? "Revision " + revision.describe()
                : "The downgrade of revision " + revision.describe();
        return what + " was interrupted after operation " + done + " of " + operations.size() + "; "
                + (ops.isEmpty() ? "none of its operations is applied"
                : "these operations may be applied: " + String.join(", ", ops))
                + ". " + remedy();
    }

    private String remedy() {
        if (direction == Direction.UPGRADE) {
            return "Undo them by hand and run 'autogen repair' to clear the mark, then 'autogen upgrade' runs "
                    + revision.id() + " again from its first operation; or finish its remaining operations by hand and"
                    + " run 'autogen stamp " + revision.id() + "'.";
        }
        return "Redo them by hand (so the revision is fully applied) and run 'autogen repair' to clear the mark, then"
                + " 'autogen downgrade' runs the downgrade again; or finish the downgrade by hand and run 'autogen stamp"
                + " " + (revision.parents().isEmpty() ? "base" : String.join(" ", revision.parents())) + "'.";
    }
}
