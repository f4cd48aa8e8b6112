package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs revisions on one connection with the transaction policy: on a transactional-DDL database each revision
 * and its version-table row commit together (or the whole run at once with {@code transactionPerRun}); a
 * statement that must run outside a transaction commits what came before it. Without transactional DDL
 * (MariaDB) every statement commits as it runs, and a failure says which operations stay applied.
 */
final class RevisionExecutor {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> revisions;
    private final ProgressListener listener;
    private final boolean transactional;
    private final boolean perRun;

    /** Where the run stands: applied revisions in memory, and what the database would keep after a rollback. */
    private Set<String> applied;
    private Set<String> committed;
    private List<RenderedOperation> committedOps;

    RevisionExecutor(Dialect dialect, VersionTable versionTable, RevisionGraph graph, Map<String, LoadedRevision> revisions,
                     ProgressListener listener, boolean transactionPerRun) {
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.graph = graph;
        this.revisions = revisions;
        this.listener = listener;
        this.transactional = dialect.transactionalDdl();
        this.perRun = transactional && transactionPerRun;
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
        c.setAutoCommit(!transactional);
        try {
            for (int i = 0; i < path.size(); i++) {
                runOne(c, revisions.get(path.get(i).id()), direction, rendered.get(i));
            }
            if (perRun) {
                commit(c, path.isEmpty() ? null : path.get(path.size() - 1), direction);
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void runOne(Connection c, LoadedRevision revision, Direction direction, List<RenderedOperation> ops) {
        RevisionInfo info = revision.info();
        listener.revisionStarted(info, direction);
        long start = System.nanoTime();
        committedOps = new ArrayList<>();
        List<RenderedOperation> done = new ArrayList<>();
        for (RenderedOperation op : ops) {
            for (SqlStatement statement : op.statements()) {
                execute(c, info, op, statement, done, direction);
            }
            done.add(op);
            if (!transactional) {
                committedOps = new ArrayList<>(done);
            }
        }
        String versionSql = null;
        try {
            if (direction == Direction.UPGRADE) {
                String checksum = Checksums.of(RenderedOperation.statements(ops));
                versionSql = versionTable.recordSql(info.id(), checksum);
                versionTable.record(c, info.id(), checksum);
                applied.add(info.id());
            } else {
                versionSql = versionTable.removeSql(info.id());
                versionTable.remove(c, info.id());
                applied.remove(info.id());
            }
        } catch (SQLException e) {
            rollback(c);
            throw failure(info, null, e, versionSql, direction);
        }
        if (!transactional) {
            committed = new LinkedHashSet<>(applied);
        } else if (!perRun) {
            commit(c, info, direction);
        }
        listener.revisionFinished(info, direction, Duration.ofNanos(System.nanoTime() - start));
    }

    private void execute(Connection c, RevisionInfo info, RenderedOperation op, SqlStatement statement,
                         List<RenderedOperation> done, Direction direction) {
        try {
            if (transactional && statement.outsideTransaction()) {
                listener.warning("Revision " + info.describe() + " runs operation " + op.number() + " ("
                        + op.description() + ") outside a transaction: " + statement.sql() + ". What ran before it is"
                        + " committed, so if a later statement fails the revision stays partly applied.");
                c.commit();
                committed = new LinkedHashSet<>(applied);
                c.setAutoCommit(true);
                exec(c, statement.sql());
                c.setAutoCommit(false);
                committedOps = new ArrayList<>(done);
                committedOps.add(op);
            } else {
                exec(c, statement.sql());
            }
        } catch (SQLException e) {
            rollback(c);
            throw failure(info, op, e, statement.sql(), direction);
        }
    }

    private void commit(Connection c, RevisionInfo info, Direction direction) {
        try {
            c.commit();
            committed = new LinkedHashSet<>(applied);
        } catch (SQLException e) {
            rollback(c);
            throw failure(info, null, e, "COMMIT", direction);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollback(Connection c) {
        if (!transactional) {
            return;
        }
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the connection is broken: the server discards the open transaction when the session ends
        }
    }

    private AutogenException failure(RevisionInfo info, RenderedOperation op, SQLException e, String sql,
                                     Direction direction) {
        String where = op == null ? "while updating the version table" : "at operation " + op.number() + " ("
                + op.description() + ")";
        String at = describeState();
        StringBuilder message = new StringBuilder("Revision " + (info == null ? "?" : info.describe()) + " failed "
                + where + ": " + oneLine(e.getMessage()) + ". Statement: " + sql + ". ");
        if (committedOps.isEmpty()) {
            message.append("The database is still at ").append(at);
        } else {
            int last = committedOps.get(committedOps.size() - 1).number();
            List<String> names = new ArrayList<>();
            committedOps.forEach(o -> names.add(o.description()));
            message.append("The version table is still at ").append(at).append(", but operation")
                    .append(last == 1 ? " 1" : "s 1-" + last).append(" of ").append(info == null ? "?" : info.id())
                    .append(" (").append(String.join("; ", names)).append(") stay").append(last == 1 ? "s" : "")
                    .append(" applied because ")
                    .append(transactional ? "they ran before a statement that must run outside a transaction"
                            : dialect.name() + " cannot roll back DDL")
                    .append("; undo ").append(last == 1 ? "it" : "them").append(" by hand (or make the revision skip ")
                    .append(last == 1 ? "it" : "them").append(")");
        }
        message.append("; fix the revision and rerun 'autogen ").append(direction.command()).append("'.");
        return new AutogenException(ErrorKind.MIGRATION_FAILED, message.toString(), e);
    }

    private String describeState() {
        Set<String> heads = graph.currentHeads(committed);
        return heads.isEmpty() ? "base (no revision applied)" : "revision " + String.join(", ", heads);
    }

    private static String oneLine(String text) {
        return text == null ? "(no message)" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
