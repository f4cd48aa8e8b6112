package dev.autogen.history;

import java.util.List;
import java.util.Objects;

/**
 * One revision's place in the history, as its {@link Revision} annotation declares it.
 *
 * @param id           short unique hex id
 * @param parents      ids of the revisions this one follows; empty for a base
 * @param branchLabels branch labels this revision carries
 * @param dependsOn    ids that must be applied first without being parents
 * @param message      what the revision does
 * @param created      ISO-8601 creation time, or empty
 * @param source       where the revision comes from: its source file, or its class name
 */
public record RevisionInfo(String id, List<String> parents, List<String> branchLabels, List<String> dependsOn,
                           String message, String created, String source) {
    /** The longest revision id: what the version table's revision column holds. */
    public static final int MAX_ID_LENGTH = 64;

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a revision id cannot be blank");
        }
        parents = List.copyOf(parents);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        source = source == null ? id : source;
    }

    /** A revision with only an id and parents, for tests and hand-built graphs. */
    public static RevisionInfo of(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), List.of(), List.of(), "", "", id);
    }

    /** {@code 3f2a1c (Add x)}, or the bare id when there is no message. */
    public String describe() {
        return message.isEmpty() ? id : id + " (" + message + ")";
    }

    /** The file name of the source (or the class name), for messages. */
    public String sourceName() {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
