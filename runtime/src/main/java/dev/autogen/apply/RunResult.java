package dev.autogen.apply;

import dev.autogen.history.RevisionInfo;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param revisions the revisions applied, undone or stamped, in the order it happened (empty: nothing to do)
 * @param before    the database's heads before (empty: base)
 * @param after     the database's heads after (empty: base)
 */
public record RunResult(List<RevisionInfo> revisions, Set<String> before, Set<String> after) {
    public RunResult {
        revisions = List.copyOf(revisions);
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    public boolean nothingToDo() {
        return revisions.isEmpty();
    }
}
