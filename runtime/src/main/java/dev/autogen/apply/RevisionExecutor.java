package dev.autogen.apply;

import dev.autogen.history.Checksums;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RenderedOperation;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import dev.autogen.runtime.Direction;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.apply.SafetyOptions;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs revisions on one connection with the one transaction policy. Every revision runs in a transaction that
 * also writes its version-table row, so whatever can roll back does: on PostgreSQL all of it (or the whole run
 * at once with {@code transactionPerRun}); on MariaDB and H2 the data statements, since their DDL commits
 * implicitly. Before a revision's first statement that cannot roll back (DDL there, a statement that must run
 * outside a transaction on PostgreSQL) the version table gets an "in progress" mark, kept up to date with the
 * number of operations done, which the applied row replaces when the revision finishes; a rerun finds the mark
 * of an interrupted revision and reports it ({@link Interruption}) instead of running it again.
 */
final class RevisionExecutor {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> revisions;
    private final ProgressListener listener;
    private final boolean transactional;
    private final boolean perRun;
    /** The current revision's timeouts as session settings, around each statement it runs outside a transaction. */
    private List<String> sessionTimeouts = new ArrayList<>();
    /** The current revision's SET LOCAL statements, run again in each transaction after one it left. */
    private List<String> localSettings = new ArrayList<>();
    /** Whether a commit ended the transaction the current revision's SET LOCAL settings were made in. */
    private boolean settingsLost;
    /** Whether the current revision declares that it runs outside a transaction. */
    private boolean declaredOutside;
    /** The online timeouts and how often a transaction that ran out of lock time runs again. */
    private final SafetyOptions safety;
    /** How many more times the current revision's transaction may run again after a lock timeout; 0 when not online. */
    private int retriesLeft;
    /** The statements run in the current transaction since it began, which a retry after a lock timeout runs again. */
    private List<String> segment = new ArrayList<>();

    /** Where the run stands: applied revisions in memory, and what the database would keep after a rollback. */
    private Set<String> applied;
    private Set<String> committed;
    private List<RenderedOperation> committedOps;
    /** The progress the current revision's mark records durably; -1 while it has no mark. */
    private int markedDone;
    /** The operation whose statements that cannot roll back have started running, if not complete. */
    private RenderedOperation touched;

    RevisionExecutor(Dialect dialect, VersionTable versionTable, RevisionGraph graph, Map<String, LoadedRevision> revisions,
                     ProgressListener listener, boolean transactionPerRun, SafetyOptions safety) {
        this.safety = safety;
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.graph = graph;
        this.revisions = revisions;
        this.listener = listener;
        this.transactional = dialect.transactionalDdl();
        this.perRun = transactional && transactionPerRun;
    }

    /**
     * True when a statement cannot be rolled back: on a transactional-DDL database only those that run outside a
     * transaction; elsewhere every statement but plain data manipulation, since DDL commits implicitly.
     */
    boolean cannotRollBack(SqlStatement statement) {
        if (statement.outsideTransaction()) {
            return true;
        }
        if (transactional) {
            return false;
        }
        String sql = statement.sql().stripLeading();
        while (sql.startsWith("(")) {
            sql = sql.substring(1).stripLeading();
        }
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return !DATA_STATEMENTS.contains(sql.substring(0, end).toUpperCase(Locale.ROOT));
    }

    /** Statements that change rows only, which MariaDB and H2 roll back (first keyword). */
    private static final Set<String> DATA_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT",
            "WITH", "MERGE", "VALUES");

    /** True when any statement of {@code op} cannot be rolled back. */
    boolean cannotRollBack(RenderedOperation op) {
        return op.statements().stream().anyMatch(this::cannotRollBack);
    }

    /**
     * True when the work before {@code statement} commits before it runs: it cannot roll back, or it needs a new
     * transaction ({@code VALIDATE CONSTRAINT} after a {@code NOT VALID} add). The revision then needs its mark.
     */
    private boolean commitsBefore(SqlStatement statement) {
        return cannotRollBack(statement) || (transactional && statement.newTransaction());
    }

    /** Applies or undoes {@code path} in order on a database whose applied revisions are {@code appliedBefore}. */
    void run(Connection c, List<RevisionInfo> path, Direction direction, Set<String> appliedBefore) throws SQLException {
        applied = new LinkedHashSet<>(appliedBefore);
        committed = new LinkedHashSet<>(appliedBefore);
        // every revision renders before the first statement runs: one that cannot (a type specific to another
        // dialect, a failing upgrade()) stops the run with nothing applied
        List<List<RenderedOperation>> rendered = new ArrayList<>();
        for (RevisionInfo info : path) {
            rendered.add(RenderedOperation.of(revisions.get(info.id()), direction, dialect.renderer()));
        }
        if (perRun) {
            checkFits(c, "The " + way(direction) + " of " + path.size() + " revisions (transaction_per_run)",
                    rendered.stream().flatMap(List::stream).toList());
        }
        c.setAutoCommit(false);
        Throwable failure = null;
        try {
            for (int i = 0; i < path.size(); i++) {
                if (!perRun) {
                    // just before it runs: the revisions before it may have made room (shortened values)
                    checkFits(c, "Revision " + path.get(i).id() + " (" + way(direction) + ")", rendered.get(i));
                }
                runOne(c, revisions.get(path.get(i).id()), direction, rendered.get(i));
            }
            if (perRun) {
                commit(c, path.isEmpty() ? null : path.get(path.size() - 1), direction);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * The dialect's check that {@code ops} can run as one unit on this server (lock room, rows that fit); it fails
     * before their first statement.
     */
    private void checkFits(Connection c, String what, List<RenderedOperation> ops) {
        try {
            dialect.checkTransactionFits(c, what, ops.stream().map(RenderedOperation::operation).toList());
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, what + " could not be checked before it runs: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    private static String way(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    private void runOne(Connection c, LoadedRevision revision, Direction direction, List<RenderedOperation> ops) {
        RevisionInfo info = revision.info();
        localSettings = new ArrayList<>(OnlineTimeouts.of(revision, safety, dialect));
        sessionTimeouts = OnlineTimeouts.session(revision, safety, dialect);
        // an online revision's timeouts start its first transaction too
        settingsLost = !localSettings.isEmpty();
        // a lock timeout is retried only where the transaction holds nothing but this revision's statements
        retriesLeft = OnlineTimeouts.online(revision) && !perRun ? safety.lockRetries() : 0;
        segment = new ArrayList<>();
        declaredOutside = RenderedOperation.declaredOutsideTransaction(revision);
        if (declaredOutside) {
            listener.warning("Revision " + info.describe() + " runs outside a transaction, as it declares"
                    + " (@Revision(transactional = false)): each statement commits as it runs, so if one fails the"
                    + " ones before it stay applied.");
        }
        listener.revisionStarted(info, direction);
        long start = System.nanoTime();
        committedOps = new ArrayList<>();
        markedDone = -1;
        touched = null;
        boolean marked = ops.stream().flatMap(op -> op.statements().stream()).anyMatch(this::commitsBefore);
        if (marked) {
            versionUpdate(c, info, direction, () -> versionTable.mark(c, info.id(), direction));
            markedDone = 0;
        }
        List<RenderedOperation> done = new ArrayList<>();
        for (RenderedOperation op : ops) {
            for (SqlStatement statement : op.statements()) {
                execute(c, info, op, statement, done, direction);
            }
            done.add(op);
            if (cannotRollBack(op)) {
                progress(c, info, op, done, direction);
            }
        }
        String versionSql = null;
        try {
            if (direction == Direction.UPGRADE) {
                String checksum = revision.checksum(Direction.UPGRADE);
                String downgradeChecksum = revision.checksum(Direction.DOWNGRADE);
                versionSql = versionTable.recordSql(info.id(), checksum, downgradeChecksum);
                if (marked) {
                    versionTable.updateChecksums(c, info.id(), checksum, downgradeChecksum);
                } else {
                    versionTable.record(c, info.id(), checksum, downgradeChecksum);
                }
                applied.add(info.id());
            } else {
                versionSql = versionTable.removeSql(info.id());
                versionTable.remove(c, info.id());
                applied.remove(info.id());
            }
        } catch (SQLException e) {
            throw failure(c, info, null, e, versionSql, direction);
        }
        if (!perRun) {
            commit(c, info, direction);
        }
        listener.revisionFinished(info, direction, Duration.ofNanos(System.nanoTime() - start));
    }

    private void execute(Connection c, RevisionInfo info, RenderedOperation op, SqlStatement statement,
                         List<RenderedOperation> done, Direction direction) {
        if (commitsBefore(statement)) {
            // what ran before must not be lost or doubled: the mark records it, and both commit first
            progress(c, info, op, done, direction);
        }
        try {
            if (statement.outsideTransaction()) {
                if (!declaredOutside) {
                    listener.warning("Revision " + info.describe() + " runs operation " + op.number() + " ("
                            + op.description() + ") outside a transaction: " + statement.sql() + ". What ran before it"
                            + " is committed, so if a later statement fails the revision stays partly applied.");
                }
                c.setAutoCommit(true);
                touched = op; // a statement outside a transaction can leave something behind even when it fails
                execOutside(c, info, op, statement.sql());
                c.setAutoCommit(false);
                settingsLost = true;
            } else {
                if (settingsLost) {
                    // a new transaction: it gets the revision's SET LOCAL settings (lock_timeout, ...) again
                    segment = new ArrayList<>();
                    for (String setting : localSettings) {
                        exec(c, setting);
                        segment.add(setting);
                    }
                    settingsLost = false;
                }
                execRetrying(c, info, statement.sql());
                touched = cannotRollBack(statement) ? op : touched;
                if (statement.setsLocal()) {
                    localSettings.add(statement.sql());
                }
            }
        } catch (SQLException e) {
            throw failure(c, info, op, e, statement.sql(), direction);
        }
    }

    /**
     * Runs {@code sql} in the current transaction. When it runs out of lock time and the revision has retries left,
     * the transaction is rolled back and run again from its start after a pause (0.5 s, 1 s, 2 s, ...), so the
     * locks it held are released meanwhile and writers waiting behind it go on.
     */
    private void execRetrying(Connection c, RevisionInfo info, String sql) throws SQLException {
        long pause = 500;
        boolean replay = false;
        while (true) {
            try {
                if (replay) {
                    for (String earlier : segment) {
                        exec(c, earlier);
                    }
                }
                exec(c, sql);
                segment.add(sql);
                return;
            } catch (SQLException e) {
                if (retriesLeft <= 0 || !dialect.isLockTimeout(e)) {
                    throw e;
                }
                retriesLeft--;
                listener.warning("Revision " + info.describe() + " ran out of lock time (" + oneLine(e.getMessage())
                        + ") at: " + sql + ". Its transaction is rolled back and runs again in " + pause + " ms (retry "
                        + (safety.lockRetries() - retriesLeft) + " of " + safety.lockRetries() + ").");
                c.rollback();
                sleep(pause, e);
                pause *= 2;
                replay = true;
            }
        }
    }

    /**
     * Runs {@code sql} outside a transaction. An online revision's statement runs under its timeouts as session
     * settings, reset after it; when it runs out of lock time and the revision has retries left, what it left behind
     * is removed (the INVALID index of a failed {@code CREATE INDEX CONCURRENTLY}) and it runs again after a pause
     * (0.5 s, 1 s, 2 s, ...), so writers queued behind its lock go on meanwhile.
     */
    private void execOutside(Connection c, RevisionInfo info, RenderedOperation op, String sql) throws SQLException {
        if (sessionTimeouts.isEmpty()) {
            exec(c, sql);
            return;
        }
        for (String setting : sessionTimeouts) {
            exec(c, setting);
        }
        SQLException failure = null;
        try {
            retryOutside(c, info, op, sql);
        } catch (SQLException e) {
            failure = e;
        }
        try {
            for (String reset : dialect.resetTimeouts()) {
                exec(c, reset);
            }
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The retries of {@link #execOutside}: after each lock timeout a pause, then the removal of what the failed try
     * left (itself under the lock timeout: one that runs out counts as a try), then the statement again.
     */
    private void retryOutside(Connection c, RevisionInfo info, RenderedOperation op, String sql) throws SQLException {
        long pause = 500;
        SQLException timedOut = null;
        while (true) {
            try {
                if (timedOut != null && !dialect.clearFailedConcurrently(c, op.operation())) {
                    throw timedOut; // nothing the dialect knows how to run again
                }
                exec(c, sql);
                return;
            } catch (SQLException e) {
                if (e == timedOut || retriesLeft <= 0 || !dialect.isLockTimeout(e)) {
                    throw e;
                }
                timedOut = e;
                retriesLeft--;
                listener.warning("Revision " + info.describe() + " ran out of lock time (" + oneLine(e.getMessage())
                        + ") at: " + sql + ". What it left behind is removed and it runs again in " + pause
                        + " ms (retry " + (safety.lockRetries() - retriesLeft) + " of " + safety.lockRetries() + ").");
                sleep(pause, e);
                pause *= 2;
            }
        }
    }

    /** Waits {@code millis} before a retry; an interruption ends the retries with {@code cause}. */
    private static void sleep(long millis, SQLException cause) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Records the {@code done} operations on the revision's mark (when that changed) and commits them. */
    private void progress(Connection c, RevisionInfo info, RenderedOperation op, List<RenderedOperation> done,
                          Direction direction) {
        try {
            if (markedDone >= 0 && markedDone != done.size()) {
                versionTable.progress(c, info.id(), done.size());
            }
            c.commit();
            settingsLost = true;
            segment = new ArrayList<>();
            committed = new LinkedHashSet<>(applied);
            committedOps = new ArrayList<>(done);
            markedDone = Math.max(markedDone, done.size());
        } catch (SQLException e) {
            throw failure(c, info, op, e, "COMMIT", direction);
        }
    }

    /** Writes to the version table and commits, so the mark is durable before work that cannot roll back. */
    private void versionUpdate(Connection c, RevisionInfo info, Direction direction, SqlWork work) {
        try {
            work.run();
            c.commit();
            segment = new ArrayList<>();
            committed = new LinkedHashSet<>(applied);
        } catch (SQLException e) {
            throw failure(c, info, null, e, "(version table update)", direction);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private void commit(Connection c, RevisionInfo info, Direction direction) {
        try {
            c.commit();
            committed = new LinkedHashSet<>(applied);
        } catch (SQLException e) {
            throw failure(c, info, null, e, "COMMIT", direction);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Rolls back what can be, and when nothing that cannot roll back ran, removes the revision's mark again.
     * A failure here (typically: the connection is gone) is attached to {@code failure}, never replaces it.
     */
    private void cleanUp(Connection c, RevisionInfo info, Direction direction, boolean partial, AutogenException failure) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (markedDone == 0 && !partial && info != null) {
                if (direction == Direction.UPGRADE) {
                    versionTable.remove(c, info.id());
                } else {
                    versionTable.updateChecksums(c, info.id(), null, null);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private AutogenException failure(Connection c, RevisionInfo info, RenderedOperation op, SQLException e, String sql,
                                     Direction direction) {
        String where = op == null ? "while updating the version table" : "at operation " + op.number() + " ("
                + op.description() + ")";
        boolean partial = op != null && touched == op && !committedOps.contains(op);
        String at = describeState();
        StringBuilder message = new StringBuilder("Revision " + (info == null ? "?" : info.describe()) + " failed "
                + where + ": " + oneLine(e.getMessage()) + ". Statement: " + sql + ". ");
        if (committedOps.isEmpty() && !partial) {
            message.append("The database is still at ").append(at);
        } else if (committedOps.isEmpty()) {
            message.append("The version table is still at ").append(at).append(", but part of operation ")
                    .append(op.number()).append(" may be applied because it cannot roll back; the version table marks ")
                    .append(info.id()).append(" as interrupted: check the database, undo what it did by hand and run"
                            + " 'autogen repair'");
        } else {
            int last = committedOps.get(committedOps.size() - 1).number();
            List<String> names = new ArrayList<>();
            committedOps.forEach(o -> names.add(o.description()));
            message.append("The version table is still at ").append(at).append(", but operation")
                    .append(last == 1 ? " 1" : "s 1-" + last).append(" of ").append(info == null ? "?" : info.id())
                    .append(" (").append(String.join("; ", names)).append(") stay").append(last == 1 ? "s" : "")
                    .append(" applied because ")
                    .append(transactional ? "they ran outside a transaction or before a statement that must"
                            : dialect.name() + " cannot roll back DDL")
                    .append("; the version table marks ").append(info == null ? "?" : info.id())
                    .append(" as interrupted: undo ").append(last == 1 ? "it" : "them")
                    .append(" by hand and run 'autogen repair'");
        }
        message.append("; fix the revision and rerun 'autogen ").append(direction.command()).append("'.");
        AutogenException failure = new AutogenException(ErrorKind.MIGRATION_FAILED, message.toString(), e);
        cleanUp(c, info, direction, partial || !committedOps.isEmpty(), failure);
        return failure;
    }

    private String describeState() {
        Set<String> heads = graph.currentHeads(committed);
        return heads.isEmpty() ? "base (no revision applied)" : "revision " + String.join(", ", heads);
    }

    private static String oneLine(String text) {
        return text == null ? "(no message)" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
