package dev.autogen.usecase;

import dev.autogen.operation.Plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code revision}, {@code -m} or {@code merge} wrote.
 *
 * @param file    the new revision file; empty when autogenerate found no change (and no --allow-empty)
 * @param id      the new revision's id (or the id it would have had)
 * @param parents the revisions it follows
 * @param upgrade the operations its upgrade performs
 * @param notes   remarks worth showing (e.g. verification results)
 */
public record RevisionOutcome(Optional<Path> file, String id, List<String> parents, Plan upgrade, List<String> notes) {
    public RevisionOutcome {
        parents = List.copyOf(parents);
        notes = List.copyOf(notes);
    }
}
