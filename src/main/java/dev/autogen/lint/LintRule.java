package dev.autogen.lint;

import dev.autogen.compare.Risks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The risky operations {@code autogen lint} reports, each with the id a revision acknowledges it by. The risks
 * of data loss and of failing on existing rows are described once, by {@link Risks}; lint reports them under
 * these rules, as they do the risks to a running application ({@link Risks#downtime}).
 */
public enum LintRule {
    DROP_TABLE(Risks.DROP_TABLE, "drops a table and all its rows", 0),
    DROP_COLUMN(Risks.DROP_COLUMN, "drops a column and its values", 0),
    NARROWING_TYPE(Risks.NARROWING_TYPE, "narrows a column type: values that do not fit are rejected", 0),
    NOT_NULL_EXISTING_COLUMN(Risks.NOT_NULL_EXISTING_COLUMN, "makes an existing column NOT NULL: fails if it holds nulls",
            0),
    NOT_NULL_WITHOUT_DEFAULT(Risks.NOT_NULL_WITHOUT_DEFAULT, "adds a NOT NULL column without a default to a table with"
            + " rows: fails, as the rows have no value for it (MariaDB fills in the type's implicit default)", 1),
    UNIQUE_ON_EXISTING_TABLE(Risks.UNIQUE_ON_EXISTING_TABLE, "adds a unique constraint or index on a table with rows:"
            + " fails on duplicates", 1),
    CHECK_ON_EXISTING_TABLE(Risks.CHECK_ON_EXISTING_TABLE, "adds a check constraint on a table with rows: fails if a"
            + " row breaks it", 1),
    FOREIGN_KEY_ON_EXISTING_TABLE(Risks.FOREIGN_KEY_ON_EXISTING_TABLE, "adds a foreign key on a table with rows: fails"
            + " if a row references a missing one", 1),
    VOLATILE_DEFAULT(Risks.VOLATILE_DEFAULT, "adds a column with a volatile default (random(), gen_random_uuid(),"
            + " clock_timestamp(), nextval) to a table with rows: rewrites it under an ACCESS EXCLUSIVE lock", 1),
    RENAME_IN_USE(Risks.RENAME_IN_USE, "renames a column or table that holds rows: the application versions still"
            + " running use the old name; expand and contract instead", 1),
    CONSTRAINT_WITHOUT_NOT_VALID(Risks.CONSTRAINT_WITHOUT_NOT_VALID, "adds a foreign key or check to a table with rows"
            + " without NOT VALID (PostgreSQL): reads every row while it blocks writes", 1, true),
    NON_CONCURRENT_INDEX(Risks.NON_CONCURRENT_INDEX, "builds an index without CONCURRENTLY on a large table"
            + " (PostgreSQL): blocks writes while it builds", Linter.LARGE_TABLE_ROWS + 1),
    MISSING_LOCK_TIMEOUT(Risks.MISSING_LOCK_TIMEOUT, "locks a table with rows while no lock_timeout is set (PostgreSQL):"
            + " queries queue behind a lock it waits for", 1, true);

    private final String id;
    private final String summary;
    private final long minRows;
    private final boolean advisory;

    LintRule(String id, String summary, long minRows) {
        this(id, summary, minRows, false);
    }

    LintRule(String id, String summary, long minRows, boolean advisory) {
        this.id = id;
        this.summary = summary;
        this.minRows = minRows;
        this.advisory = advisory;
    }

    /**
     * True when the rule advises without failing {@code check} and {@code lint}: what it reports blocks other
     * sessions for a while but loses nothing and cannot fail, and every revision autogen writes in the default
     * (not online) plan would draw it. Its findings are warnings; {@code safety=online} or {@code -m --online}
     * writes the plan that avoids them.
     */
    public boolean advisory() {
        return advisory;
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
        return minRows > 0;
    }

    /** The fewest rows the table must hold for the rule to report (0: the rule needs no rows). */
    public long minRows() {
        return minRows;
    }

    /** The rule with this id, if there is one. */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
