package dev.autogen.dialect;

import java.util.Objects;

/**
 * One statement a renderer produced; {@code outsideTransaction} for those a database refuses inside one;
 * {@code newTransaction} for those that must not share a transaction with the statements before them (a
 * {@code VALIDATE CONSTRAINT} after its {@code NOT VALID} add, so the add's lock is released before the scan):
 * the transaction before them commits and they start the next one.
 */
public record SqlStatement(String sql, boolean outsideTransaction, boolean newTransaction) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    public SqlStatement(String sql, boolean outsideTransaction) {
        this(sql, outsideTransaction, false);
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, false);
    }

    /** A statement that starts a new transaction: the one before it commits first. */
    public static SqlStatement inNewTransaction(String sql) {
        return new SqlStatement(sql, false, true);
    }

    /** Whether the transaction before this statement must commit before it runs. */
    /**
     * Whether this sets a value for the rest of its transaction ({@code SET LOCAL lock_timeout = '5s'}): the
     * transaction policy runs it again in each later transaction of its revision.
     */
    public boolean setsLocal() {
        return SET_LOCAL.matcher(sql).lookingAt();
    }

    /**
     * Whether this bounds how long later statements wait for locks: {@code SET [LOCAL | SESSION] lock_timeout} to a
     * value other than zero (zero waits without a limit).
     */
    public boolean setsLockTimeout() {
        java.util.regex.Matcher m = SET_LOCK_TIMEOUT.matcher(sql);
        return m.lookingAt() && !m.group(1).matches("0+\\s*[a-z]*");
    }

    private static final java.util.regex.Pattern SET_LOCK_TIMEOUT = java.util.regex.Pattern.compile(
            "(?is)\\s*SET\\s+(?:LOCAL\\s+|SESSION\\s+)?lock_timeout\\s*(?:=|\\sTO\\s)\\s*'?([^';]*)'?\\s*;?\\s*$");

    private static final java.util.regex.Pattern SET_LOCAL = java.util.regex.Pattern.compile("(?is)\\s*SET\\s+LOCAL\\s");

    public boolean commitsBefore() {
        return outsideTransaction || newTransaction;
    }

    @Override
    public String toString() {
        return sql;
    }
}
