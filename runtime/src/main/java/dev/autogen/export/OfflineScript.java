package dev.autogen.export;

import dev.autogen.apply.OnlineTimeouts;
import dev.autogen.apply.Runner;
import dev.autogen.apply.VersionTable;
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

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.Operation;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes what an upgrade or downgrade would run as one SQL script, without a connection ({@code --sql}):
 * each revision's statements under a {@code -- Running upgrade a -> b} comment, followed by its version-table
 * row. Ranges are {@code from:to}; an upgrade target alone starts at base.
 */
public final class OfflineScript {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> revisions;
    private final boolean perRun;
    /** The online timeouts, which start each transaction of an online revision. */
    private final SafetyOptions safety;
    /** What to write above each operation's statements (the lock it takes, ...), or {@code null} for nothing. */
    private final java.util.function.Function<dev.autogen.operation.Operation, String> explain;
    /** Whether the script has an open transaction at the point being written. */
    private boolean open;
    /** The current transaction's SET LOCAL statements, written again in each transaction after one a statement left. */
    private List<SqlStatement> localSettings = new java.util.ArrayList<>();
    /** The current revision's timeouts as session settings, around each statement outside a transaction. */
    private List<String> sessionTimeouts = List.of();

    /** The upgrade script for {@code range} ({@code from:to}, or a target alone meaning from base), offline. */
    public static String upgrade(Runner runner, String range) {
        return upgrade(runner, range, false);
    }

    /** As {@link #upgrade(Runner, String)}; {@code explain} puts the lock each operation takes above its statements. */
    public static String upgrade(Runner runner, String range, boolean explain) {
        Dialect dialect = runner.dialect();
        return of(runner, explain ? op -> dialect.explain(op, null) : null).upgrade(range);
    }

    /** The downgrade script for {@code range} ({@code from:to}, e.g. {@code head:base}), offline. */
    public static String downgrade(Runner runner, String range) {
        return downgrade(runner, range, false);
    }

    /** As {@link #downgrade(Runner, String)}; {@code explain} puts the lock each operation takes above its statements. */
    public static String downgrade(Runner runner, String range, boolean explain) {
        Dialect dialect = runner.dialect();
        return of(runner, explain ? op -> dialect.explain(op, null) : null).downgrade(range);
    }

    /**
     * What {@code upgrade target} would run from where the database is, as a script: each operation with the lock it
     * takes, whether it rewrites or scans the table, and the table's estimated rows and size from the catalog.
     */
    public static String plan(Runner runner, String target) {
        Set<String> at = runner.current();
        if (at.size() > 1) {
            throw new AutogenException(ErrorKind.USAGE, "The database is at " + RevisionGraph.describeHeads(at)
                    + "; 'autogen plan' starts from one revision: use 'autogen upgrade FROM:" + target
                    + " --sql --explain' for one of them.");
        }
        String range = at.isEmpty() ? target : at.iterator().next() + ":" + target;
        Dialect dialect = runner.dialect();
        return runner.onConnection("read table sizes", c -> {
            Map<QualifiedName, Optional<String>> sizes = new HashMap<>();
            Function<QualifiedName, String> size = table -> sizes.computeIfAbsent(table, t -> {
                try {
                    return Optional.ofNullable(dialect.tableSize(c, t));
                } catch (SQLException e) {
                    throw new AutogenException(ErrorKind.CONNECTION, "Cannot read the size of " + t + " on the database: "
                            + e.getMessage(), e);
                }
            }).orElse(null);
            return of(runner, op -> dialect.explain(op, size)).upgrade(range);
        });
    }

    private static OfflineScript of(Runner runner, Function<Operation, String> explain) {
        return new OfflineScript(runner.dialect(), runner.versionTable(), runner.graph(), runner.revisionsById(),
                runner.run().transactionPerRun(), runner.safety(), explain);
    }

    /**
     * @param transactionPerRun one transaction around the whole script (where the database has transactional DDL),
     *                          as {@code transaction_per_run} makes the online runner do
     */
    OfflineScript(Dialect dialect, VersionTable versionTable, RevisionGraph graph, Map<String, LoadedRevision> revisions,
                  boolean transactionPerRun, SafetyOptions safety,
                  Function<Operation, String> explain) {
        this.safety = safety;
        this.explain = explain;
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.graph = graph;
        this.revisions = revisions;
        this.perRun = transactionPerRun && dialect.transactionalDdl();
    }

    /** Standard SQL transaction control, the same on every transactional dialect autogen supports. */
    private static final String BEGIN = "BEGIN";
    private static final String COMMIT = "COMMIT";

    String upgrade(String range) {
        int colon = range.indexOf(':');
        Set<String> from = colon < 0 ? Set.of() : graph.resolve(range.substring(0, colon));
        String to = colon < 0 ? range : range.substring(colon + 1);
        List<RevisionInfo> path = graph.upgradePath(from, to);
        StringBuilder out = header("upgrade", range);
        if (from.isEmpty()) {
            out.append("-- Create the version table\n");
            versionTable.createStatements().forEach(s -> append(out, s));
            out.append('\n');
        }
        beginRun(out);
        for (RevisionInfo info : path) {
            out.append("-- Running upgrade ").append(parents(info)).append(" -> ").append(info.id()).append(message(info));
            List<RenderedOperation> ops = RenderedOperation.of(revisions.get(info.id()), Direction.UPGRADE, dialect.renderer());
            LoadedRevision revision = revisions.get(info.id());
            // a script that creates the version table records both checksums; one for an existing table, which an
            // older autogen may have made, names only the columns every version has
            sessionTimeouts = OnlineTimeouts.session(revision, safety, dialect);
            revision(out, OnlineTimeouts.of(revision, safety, dialect), ops,
                    SqlStatement.of(versionTable.recordSql(info.id(),
                    revision.checksum(Direction.UPGRADE), from.isEmpty() ? revision.checksum(Direction.DOWNGRADE) : null)));
            out.append('\n');
        }
        endRun(out);
        return out.toString();
    }

    String downgrade(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new AutogenException(ErrorKind.USAGE, "An offline downgrade needs a range such as 'head:base' or "
                    + "'3f2a1c:9e8d7c', because there is no database to ask where it stands; give --sql a range.");
        }
        Set<String> from = graph.resolve(range.substring(0, colon));
        List<RevisionInfo> path = graph.downgradePath(from, range.substring(colon + 1));
        StringBuilder out = header("downgrade", range);
        beginRun(out);
        for (RevisionInfo info : path) {
            out.append("-- Running downgrade ").append(info.id()).append(" -> ").append(parents(info)).append(message(info));
            List<RenderedOperation> ops = RenderedOperation.of(revisions.get(info.id()), Direction.DOWNGRADE, dialect.renderer());
            sessionTimeouts = OnlineTimeouts.session(revisions.get(info.id()), safety, dialect);
            revision(out, OnlineTimeouts.of(revisions.get(info.id()), safety, dialect), ops,
                    SqlStatement.of(versionTable.removeSql(info.id())));
            out.append('\n');
        }
        endRun(out);
        return out.toString();
    }

    private StringBuilder header(String command, String range) {
        StringBuilder out = new StringBuilder("-- autogen ").append(command).append(' ').append(range).append(" for ")
                .append(dialect.name()).append(", generated offline\n\n");
        dialect.sessionStatements().forEach(sql -> append(out, SqlStatement.of(sql)));
        return out;
    }

    private static String parents(RevisionInfo info) {
        return info.parents().isEmpty() ? "base" : String.join(", ", info.parents());
    }

    private static String message(RevisionInfo info) {
        // on one comment line: a line break in a message would turn the rest of it into SQL
        return info.message().isEmpty() ? "\n" : " (" + info.message().replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") + ")\n";
    }

    /**
     * One revision's statements and its version-table row, in the transactions the online runner uses: one per
     * revision (or one for the run) where the database can roll back DDL; a statement that must run outside a
     * transaction ends the one before it and a new one starts after it (one that needs a new transaction
     * ends the one before it and starts the next), with the revision's {@code SET LOCAL}
     * settings written again; on a database without transactional DDL, no transaction at all.
     */
    private void revision(StringBuilder out, List<String> timeouts, List<RenderedOperation> ops,
                          SqlStatement versionRow) {
        if (!perRun) {
            localSettings = new java.util.ArrayList<>();
        }
        // an online revision's timeouts start each of its transactions: this one (open already with
        // transaction_per_run) and every one after a commit
        timeouts.forEach(t -> localSettings.add(SqlStatement.of(t)));
        if (open && !timeouts.isEmpty()) {
            timeouts.forEach(t -> append(out, SqlStatement.of(t)));
        }
        for (RenderedOperation op : ops) {
            String lock = explain == null ? null : explain.apply(op.operation());
            for (int i = 0; i < op.statements().size(); i++) {
                statement(out, op.statements().get(i), i == 0 && lock != null ? "-- explain: " + lock + "\n" : "");
            }
        }
        begin(out);
        append(out, versionRow);
        if (!perRun) {
            commit(out);
        }
    }

    /** One statement, in the transaction it needs; {@code note} (a comment line, or empty) just above it. */
    private void statement(StringBuilder out, SqlStatement s, String note) {
        if (s.outsideTransaction()) {
            commit(out);
            // an online revision's timeouts as session settings, which reach a statement outside a transaction
            sessionTimeouts.forEach(t -> append(out, SqlStatement.of(t)));
            out.append(note);
            append(out, s);
            if (!sessionTimeouts.isEmpty()) {
                dialect.resetTimeouts().forEach(t -> append(out, SqlStatement.of(t)));
            }
        } else {
            if (s.newTransaction()) {
                commit(out);
            }
            if (begin(out)) {
                localSettings.forEach(setting -> append(out, setting));
            }
            out.append(note);
            append(out, s);
            if (s.setsLocal()) {
                localSettings.add(s);
            }
        }
    }


    private void beginRun(StringBuilder out) {
        if (perRun) {
            out.append("-- transaction_per_run: the whole run in one transaction\n");
            begin(out);
        }
    }

    private void endRun(StringBuilder out) {
        if (perRun) {
            commit(out);
        }
    }

    /** Opens a transaction where the database has transactional DDL and none is open; returns whether it did. */
    private boolean begin(StringBuilder out) {
        if (dialect.transactionalDdl() && !open) {
            out.append(BEGIN).append(";\n");
            open = true;
            return true;
        }
        return false;
    }

    private void commit(StringBuilder out) {
        if (open) {
            out.append(COMMIT).append(";\n");
            open = false;
        }
    }

    private static void append(StringBuilder out, SqlStatement statement) {
        if (statement.outsideTransaction()) {
            out.append("-- must run outside a transaction\n");
        }
        out.append(statement.sql()).append(";\n");
    }
}
