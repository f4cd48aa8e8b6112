package dev.autogen.apply;

import dev.autogen.runtime.Direction;

import java.util.Objects;

/**
 * One row of the version table.
 *
 * @param revision          the revision id
 * @param checksum          what its upgrade recorded ({@link Checksums}); {@code null} when it was stamped
 * @param downgradeChecksum what its downgrade recorded; {@code null} when stamped or written before autogen
 *                          recorded downgrades
 * @param inProgress        for an "in progress" mark, the direction that started work which cannot roll back
 *                          and has not finished (or was interrupted); {@code null} for an applied revision
 * @param operationsDone    for a mark, how many of its operations completed
 */
public record VersionRow(String revision, String checksum, String downgradeChecksum, Direction inProgress,
                         int operationsDone) {
    public VersionRow {
        Objects.requireNonNull(revision, "revision");
    }

    /**
     * True when the revision's upgrade finished: an applied row, or one whose downgrade was interrupted (its
     * upgrade ran; part of the downgrade may have).
     */
    public boolean applied() {
        return inProgress != Direction.UPGRADE;
    }
}
