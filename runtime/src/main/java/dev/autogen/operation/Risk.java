package dev.autogen.operation;

import dev.autogen.model.QualifiedName;

import java.util.Objects;

/**
 * How an operation can lose data, or fail on the rows a table already holds: the mark a generated revision puts
 * above it, one sentence, the table whose rows it concerns and the id of the lint rule that reports it.
 *
 * @param kind     {@link Kind#DATA_LOSS}, {@link Kind#MAY_FAIL}, {@link Kind#REWRITES_TABLE} or {@link Kind#DOWNTIME}
 * @param sentence what happens, e.g. {@code makes orders.name NOT NULL: fails if any row holds a null}
 * @param table    the table whose rows decide whether it fails or what is lost; {@code null} for a sequence or
 *                 an enum type
 * @param rule     the id of the lint rule that reports it ({@code not-null-existing-column}), or {@code null}
 *                 when no rule does
 */
public record Risk(Kind kind, String sentence, QualifiedName table, String rule) {
    public Risk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * What the mark says: an operation that loses data, one that may fail on the rows a table holds, or one that
     * rewrites a table that holds rows.
     */
    public enum Kind {
        DATA_LOSS("DATA LOSS"),
        MAY_FAIL("MAY FAIL"),
        /** Blocks the table while the database rewrites it: needs expand and contract on a large, busy table. */
        REWRITES_TABLE("REWRITES TABLE"),
        /**
         * Blocks or breaks the application running against the table while it runs (a lock held while the table is
         * scanned or indexed, a lock waited for without a limit, a name the running code still uses); lint reports it.
         */
        DOWNTIME("DOWNTIME");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code DATA LOSS} or {@code MAY FAIL}, as comments and output print it. */
        public String label() {
            return label;
        }
    }

    /** {@code MAY FAIL: makes orders.name NOT NULL: fails if any row holds a null}. */
    public String line() {
        return kind.label() + ": " + sentence;
    }
}
