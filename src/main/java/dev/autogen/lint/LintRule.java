package dev.autogen.lint;

import java.util.Arrays;
import java.util.Optional;

/** The risky operations {@code autogen lint} reports, each with the id a revision acknowledges it by. */
public enum LintRule {
    DROP_TABLE("drop-table", "drops a table and all its rows"),
    DROP_COLUMN("drop-column", "drops a column and its values"),
    NARROWING_TYPE("narrowing-type", "narrows a column type: values that do not fit are rejected"),
    NOT_NULL_EXISTING_COLUMN("not-null-existing-column", "makes an existing column NOT NULL: fails if it holds nulls"),
    UNIQUE_ON_EXISTING_TABLE("unique-on-existing-table", "adds a unique constraint or index on a table with rows: fails on duplicates"),
    NON_CONCURRENT_INDEX("non-concurrent-index", "builds an index without CONCURRENTLY on a large table: blocks writes while it builds");

    private final String id;
    private final String summary;

    LintRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The id used in output and in {@code @Acknowledge(rule = ...)}. */
    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    /** The rule with this id, if there is one. */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
