package dev.autogen.lint;

import dev.autogen.compare.Risks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The risky operations {@code autogen lint} reports, each with the id a revision acknowledges it by. The risks
 * of data loss and of failing on existing rows are described once, by {@link Risks}; lint reports them under
 * these rules, and adds its own about locks.
 */
public enum LintRule {
    DROP_TABLE(Risks.DROP_TABLE, "drops a table and all its rows", false),
    DROP_COLUMN(Risks.DROP_COLUMN, "drops a column and its values", false),
    NARROWING_TYPE(Risks.NARROWING_TYPE, "narrows a column type: values that do not fit are rejected", false),
    NOT_NULL_EXISTING_COLUMN(Risks.NOT_NULL_EXISTING_COLUMN, "makes an existing column NOT NULL: fails if it holds nulls",
            false),
    NOT_NULL_WITHOUT_DEFAULT(Risks.NOT_NULL_WITHOUT_DEFAULT, "adds a NOT NULL column without a default to a table with"
            + " rows: fails, as the rows have no value for it (MariaDB fills in the type's implicit default)", true),
    UNIQUE_ON_EXISTING_TABLE(Risks.UNIQUE_ON_EXISTING_TABLE, "adds a unique constraint or index on a table with rows:"
            + " fails on duplicates", true),
    CHECK_ON_EXISTING_TABLE(Risks.CHECK_ON_EXISTING_TABLE, "adds a check constraint on a table with rows: fails if a"
            + " row breaks it", true),
    FOREIGN_KEY_ON_EXISTING_TABLE(Risks.FOREIGN_KEY_ON_EXISTING_TABLE, "adds a foreign key on a table with rows: fails"
            + " if a row references a missing one", true),
    NON_CONCURRENT_INDEX("non-concurrent-index", "builds an index without CONCURRENTLY on a large table: blocks writes"
            + " while it builds", true);

    private final String id;
    private final String summary;
    private final boolean needsRows;

    LintRule(String id, String summary, boolean needsRows) {
        this.id = id;
        this.summary = summary;
        this.needsRows = needsRows;
    }

    /** The id used in output and in {@code @Acknowledge(rule = ...)}. */
    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    /** True when the rule reports only what meets rows: the table must exist and hold some. */
    public boolean needsRows() {
        return needsRows;
    }

    /** The rule with this id, if there is one. */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
