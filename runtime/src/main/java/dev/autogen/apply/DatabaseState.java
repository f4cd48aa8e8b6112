package dev.autogen.apply;

import dev.autogen.history.RevisionGraph;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the version table says, checked against the revision files: the one verdict {@code upgrade},
 * {@code current}, {@code check} and {@code repair} report.
 *
 * @param known         recorded revisions that revision files define (in-progress upgrades excluded)
 * @param unknown       recorded ids no revision file has
 * @param interruptions revisions left with an "in progress" mark
 * @param edited        applied revisions whose upgrade or downgrade changed since they ran
 * @param legacy        applied revisions whose checksum is in the earlier format and still matches
 * @param table         the version table's name, for messages
 */
public record DatabaseState(RevisionGraph graph, Set<String> known, Set<String> unknown,
                            List<Interruption> interruptions, List<Runner.Edit> edited, List<String> legacy,
                            String table) {
    public DatabaseState {
        known = Set.copyOf(new LinkedHashSet<>(known));
        unknown = Set.copyOf(new LinkedHashSet<>(unknown));
        interruptions = List.copyOf(interruptions);
        edited = List.copyOf(edited);
        legacy = List.copyOf(legacy);
    }

    /** The current heads of the known revisions, followed by the unknown ids. */
    public Set<String> heads() {
        Set<String> heads = new LinkedHashSet<>(graph.currentHeads(known));
        heads.addAll(unknown);
        return heads;
    }

    /** Known revisions that are not recorded although a recorded revision follows them. */
    public Set<String> unrecordedBelow() {
        return graph.unrecordedBelow(known);
    }

    /**
     * One sentence per thing that stops {@code upgrade} and {@code downgrade} and fails {@code check}: interrupted
     * revisions and ids no revision file has.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        interruptions.forEach(i -> problems.add(i.describe()));
        if (!unknown.isEmpty()) {
            problems.add(unknownError().getMessage());
        }
        return problems;
    }

    /** Throws when {@link #problems()} has any: running revisions on top of them could apply work twice. */
    public void requireRunnable() {
        if (!interruptions.isEmpty()) {
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, String.join(" ", problems()));
        }
        if (!unknown.isEmpty()) {
            throw unknownError();
        }
    }

    AutogenException unknownError() {
        List<String> ids = new ArrayList<>(unknown);
        boolean one = ids.size() == 1;
        return new AutogenException(ErrorKind.REVISION, "The version table " + table + " records revision"
                + (one ? " " : "s ") + String.join(", ", ids) + ", which no revision file in the migrations folder has;"
                + " restore " + (one ? "its file" : "their files") + " (an older checkout?), or if " + (one ? "it" : "they")
                + " never ran or " + (one ? "was" : "were") + " removed on purpose, run 'autogen repair' to delete "
                + (one ? "its row" : "their rows") + ".");
    }
}
