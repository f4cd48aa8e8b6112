package dev.autogen.apply;

import dev.autogen.history.Checksums;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RenderedOperation;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import dev.autogen.runtime.Direction;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies and undoes revisions: what {@code autogen upgrade}, {@code downgrade}, {@code stamp}, {@code repair}
 * and {@code current} call, and the library API too. Every change to the database happens under the dialect's
 * migration lock, taken on the connection that migrates (so the lock ends with it, and nothing else can migrate
 * while it works) and keyed by the version table; after taking it the runner reads the version table again, so
 * a second process that waited finds nothing left to do. Only recorded revisions count as applied.
 */
public final class Runner {
    private final Dialect dialect;
    private final ConnectionFactory connections;
    private final RunOptions run;
    private final SafetyOptions safety;
    private final ProgressListener listener;
    private final Map<String, LoadedRevision> revisions = new LinkedHashMap<>();
    private final RevisionGraph graph;
    private final VersionTable versionTable;

    /**
     * @param run    the version table, the migration lock's timeout and the transaction policy
     * @param safety the timeouts and retries of online revisions
     */
    public Runner(Dialect dialect, ConnectionFactory connections, RunOptions run, SafetyOptions safety,
                  List<LoadedRevision> revisions, ProgressListener listener) {
        this.dialect = dialect;
        this.connections = connections;
        this.run = run == null ? RunOptions.DEFAULT : run;
        this.safety = safety == null ? SafetyOptions.DEFAULT : safety;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        List<RevisionInfo> infos = new ArrayList<>();
        for (LoadedRevision r : revisions) {
            infos.add(r.info());
            this.revisions.putIfAbsent(r.id(), r);
        }
        this.graph = RevisionGraph.of(infos);
        this.versionTable = new VersionTable(dialect, this.run.versionTable());
    }

    public RevisionGraph graph() {
        return graph;
    }

    public VersionTable versionTable() {
        return versionTable;
    }

    /** The revisions recorded as applied (empty when the version table does not exist yet). */
    public Set<String> applied() {
        return read("read the version table", versionTable::applied);
    }

    /** What the version table says, checked against the revision files. */
    public DatabaseState state() {
        return read("read the version table", c -> state(versionTable.rows(c)));
    }

    /**
     * The database's current heads: recorded revisions no other recorded revision follows; empty at base. Ids no
     * revision file has are included as they are.
     */
    public Set<String> current() {
        return state().heads();
    }

    /** The revisions an {@code upgrade heads} would apply, in order (revisions added below applied ones too). */
    public List<RevisionInfo> pending() {
        DatabaseState state = state();
        return state.unknown().isEmpty() ? graph.upgradePathFromRecorded(state.known(), "heads") : List.of();
    }

    /** Applies what {@code target} needs ({@code head}, {@code heads}, {@code +1}, an id, {@code label@head}, ...). */
    public RunResult upgrade(String target) {
        return locked("upgrade", c -> {
            versionTable.ensure(c);
            DatabaseState state = state(versionTable.rows(c));
            state.requireRunnable();
            Set<String> applied = state.known();
            Set<String> before = graph.currentHeads(applied);
            List<RevisionInfo> path = graph.upgradePathFromRecorded(applied, target);
            refuseOutOfOrder(path, applied, target);
            upgradeChecksumFormat(c, state);
            for (Edit edit : state.edited()) {
                listener.warning("Revision " + graph.get(edit.id()).describe() + " was edited after it was applied: the"
                        + " operations its " + edit.what() + " records no longer match the checksum recorded when it ran."
                        + " The database keeps the old version; put further changes in a new revision (or run"
                        + " 'autogen repair' to accept the edit).");
            }
            Set<String> after = new LinkedHashSet<>(applied);
            executor().run(c, path, Direction.UPGRADE, applied);
            path.forEach(r -> after.add(r.id()));
            return new RunResult(path, before, graph.currentHeads(after));
        });
    }

    /** Undoes every applied revision that follows {@code target} ({@code -1}, {@code base}, an id, ...). */
    public RunResult downgrade(String target) {
        return locked("downgrade", c -> {
            if (versionTable.exists(c)) {
                versionTable.ensure(c);
            }
            DatabaseState state = state(versionTable.rows(c));
            state.requireRunnable();
            Set<String> applied = state.known();
            Set<String> before = graph.currentHeads(applied);
            List<RevisionInfo> path = graph.downgradePathFromRecorded(applied, target);
            Set<String> after = new LinkedHashSet<>(applied);
            executor().run(c, path, Direction.DOWNGRADE, applied);
            path.forEach(r -> after.remove(r.id()));
            return new RunResult(path, before, graph.currentHeads(after));
        });
    }

    /**
     * Records the database as being at {@code target} without running anything: revisions it needs are recorded
     * (with no checksum; an in-progress mark of one of them becomes its applied row), applied revisions that follow
     * it are removed. {@code purge} first empties the version table, which also clears ids that are no longer in
     * the graph.
     */
    public RunResult stamp(String target, boolean purge) {
        return locked("stamp", c -> {
            versionTable.ensure(c);
            c.setAutoCommit(!dialect.transactionalDdl());
            try {
                List<VersionRow> rows = versionTable.rows(c);
                Set<String> marked = new LinkedHashSet<>();
                Set<String> applied = new LinkedHashSet<>();
                for (VersionRow row : rows) {
                    (row.inProgress() == Direction.UPGRADE ? marked : applied).add(row.revision());
                }
                if (purge) {
                    for (VersionRow row : rows) {
                        versionTable.remove(c, row.revision());
                    }
                    applied.clear();
                    marked.clear();
                }
                DatabaseState state = state(rows);
                if (!purge && !state.unknown().isEmpty()) {
                    throw state.unknownError();
                }
                Set<String> before = graph.currentHeads(applied);
                List<RevisionInfo> changed = new ArrayList<>();
                for (RevisionInfo r : graph.upgradePathFromRecorded(applied, target)) {
                    if (marked.remove(r.id())) {
                        versionTable.updateChecksums(c, r.id(), null, null);
                    } else {
                        versionTable.record(c, r.id(), null, null);
                    }
                    applied.add(r.id());
                    changed.add(r);
                }
                for (RevisionInfo r : graph.downgradePathFromRecorded(applied, target)) {
                    versionTable.remove(c, r.id());
                    applied.remove(r.id());
                    changed.add(r);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return new RunResult(changed, before, graph.currentHeads(applied));
            } catch (RuntimeException | SQLException e) {
                if (!c.getAutoCommit()) {
                    try {
                        c.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /**
     * Brings the version table back in line with the revision files, in the spirit of Flyway's {@code repair}:
     * clears the marks of interrupted revisions (after their work was undone by hand, so they run again from the
     * start), deletes the rows of ids no revision file has, and records the current checksums of applied
     * revisions that were edited. Returns one sentence per change.
     */
    public List<String> repair() {
        return locked("repair", c -> {
            versionTable.ensure(c);
            DatabaseState state = state(versionTable.rows(c));
            List<String> done = new ArrayList<>();
            for (Interruption i : state.interruptions()) {
                if (i.direction() == Direction.UPGRADE) {
                    versionTable.remove(c, i.revision().id());
                    done.add("Cleared the mark of interrupted revision " + i.revision().describe()
                            + ": it is not applied, and 'autogen upgrade' runs it from its first operation.");
                } else {
                    LoadedRevision r = revisions.get(i.revision().id());
                    versionTable.updateChecksums(c, i.revision().id(), r.checksum(Direction.UPGRADE),
                            r.checksum(Direction.DOWNGRADE));
                    done.add("Cleared the mark of the interrupted downgrade of revision " + i.revision().describe()
                            + ": it is applied again.");
                }
            }
            for (String id : state.unknown()) {
                versionTable.remove(c, id);
                done.add("Deleted the row of revision " + id + ", which no revision file has.");
            }
            for (Edit edit : state.edited()) {
                LoadedRevision r = revisions.get(edit.id());
                versionTable.updateChecksums(c, edit.id(), r.checksum(Direction.UPGRADE), r.checksum(Direction.DOWNGRADE));
                done.add("Recorded the current checksums of revision " + r.info().describe() + ", whose " + edit.what()
                        + " was edited after it was applied.");
            }
            upgradeChecksumFormat(c, state);
            return done;
        });
    }

    /** Applied revisions whose upgrade or downgrade now records different operations from when they ran. */
    public List<String> editedRevisions() {
        return state().edited().stream().map(Edit::id).toList();
    }

    /** What the offline scripts of {@code dev.autogen.export} render from: this runner's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The revisions this runner applies, by id. */
    public Map<String, LoadedRevision> revisionsById() {
        return java.util.Collections.unmodifiableMap(revisions);
    }

    /** How this runner applies revisions: the version table, the lock timeout, the transaction policy. */
    public RunOptions run() {
        return run;
    }

    /** The timeouts and retries of online revisions. */
    public SafetyOptions safety() {
        return safety;
    }

    /** Runs {@code work} on a new connection; a database error names {@code action}. */
    public <T> T onConnection(String action, Work<T> work) {
        return read(action, work);
    }

    /** An applied revision whose recorded checksum no longer matches: {@code what} is its upgrade and/or downgrade. */
    public record Edit(String id, String what) {
    }

    private DatabaseState state(List<VersionRow> rows) {
        Set<String> known = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<Interruption> interruptions = new ArrayList<>();
        List<Edit> edited = new ArrayList<>();
        List<String> legacy = new ArrayList<>();
        RevisionExecutor executor = executor();
        for (VersionRow row : rows) {
            LoadedRevision r = revisions.get(row.revision());
            if (r == null) {
                unknown.add(row.revision());
                continue;
            }
            if (row.inProgress() != null) {
                List<RenderedOperation> ops = RenderedOperation.of(r, row.inProgress(), dialect.renderer());
                boolean next = row.operationsDone() < ops.size() && executor.cannotRollBack(ops.get(row.operationsDone()));
                interruptions.add(new Interruption(r.info(), row.inProgress(), row.operationsDone(), ops, next));
            }
            if (row.applied()) {
                known.add(row.revision());
                String what = edit(r, row);
                if (what != null) {
                    edited.add(new Edit(row.revision(), what));
                } else if (row.checksum() != null && !Checksums.current(row.checksum())) {
                    legacy.add(row.revision());
                }
            }
        }
        return new DatabaseState(graph, known, unknown, interruptions, edited, legacy, versionTable.name().toString());
    }

    /** "upgrade", "downgrade", "upgrade and downgrade" when edited since recorded; {@code null} when not (or unknown). */
    private String edit(LoadedRevision r, VersionRow row) {
        if (row.checksum() == null) {
            return null;
        }
        if (!Checksums.current(row.checksum())) {
            return row.checksum().equals(Checksums.ofLegacy(r, dialect.renderer())) ? null : "upgrade";
        }
        boolean up = !row.checksum().equals(r.checksum(Direction.UPGRADE));
        boolean down = row.downgradeChecksum() != null && !row.downgradeChecksum().equals(r.checksum(Direction.DOWNGRADE));
        return up && down ? "upgrade and downgrade" : up ? "upgrade" : down ? "downgrade" : null;
    }

    /** Rows an older autogen wrote (checksums of the rendered SQL) that still match get checksums of both directions. */
    private void upgradeChecksumFormat(Connection c, DatabaseState state) throws SQLException {
        for (String id : state.legacy()) {
            LoadedRevision r = revisions.get(id);
            versionTable.updateChecksums(c, id, r.checksum(Direction.UPGRADE), r.checksum(Direction.DOWNGRADE));
        }
    }

    /**
     * A revision below an applied one (one that was merged late) runs after revisions that follow it; only when the
     * target names it is that what the user asked for.
     */
    private void refuseOutOfOrder(List<RevisionInfo> path, Set<String> applied, String target) {
        Set<String> below = graph.unrecordedBelow(applied);
        Set<String> named = graph.resolve(target, graph.currentHeads(applied));
        for (RevisionInfo r : path) {
            if (below.contains(r.id()) && !below.containsAll(named)) {
                Set<String> after = new LinkedHashSet<>(graph.descendants(r.id()));
                after.retainAll(applied);
                throw new AutogenException(ErrorKind.REVISION, "Revision " + r.describe() + " is not applied, but "
                        + String.join(", ", after) + ", which follow" + (after.size() == 1 ? "s" : "") + " it, "
                        + (after.size() == 1 ? "is" : "are") + ": it was added below an applied revision (for example"
                        + " a branch merged late), so it would run after them. Check that it does not conflict with"
                        + " them, then run 'autogen upgrade " + r.id() + "' to apply it, or 'autogen stamp " + r.id()
                        + "' if its changes are already in the database.");
            }
        }
    }

    private RevisionExecutor executor() {
        return new RevisionExecutor(dialect, versionTable, graph, revisions, listener, run.transactionPerRun(),
                safety);
    }

    /** Work on a database connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String action, Work<T> work) {
        try (Connection c = open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw databaseError(action, e);
        }
    }

    /**
     * Runs {@code work} holding the migration lock on the same connection. A failure keeps its own message; a
     * failure to release the lock is attached to it, or after success only reported as a warning (the server
     * releases the lock when the connection closes).
     */
    private <T> T locked(String action, Work<T> work) {
        try (Connection c = open()) {
            MigrationLock lock = dialect.lock(c, versionTable.lockScope(c), run.lockTimeout());
            T result;
            try {
                result = work.run(c);
            } catch (RuntimeException | SQLException | Error e) {
                try {
                    lock.close();
                } catch (RuntimeException unlock) {
                    e.addSuppressed(unlock);
                }
                throw e;
            }
            try {
                lock.close();
            } catch (RuntimeException unlock) {
                listener.warning("The " + action + " finished, but releasing the migration lock failed: "
                        + unlock.getMessage());
            }
            return result;
        } catch (SQLException e) {
            throw databaseError(action, e);
        }
    }

    private Connection open() {
        try {
            return connections.open();
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot connect to the database: " + e.getMessage()
                    + "; check the url, user and password settings and that the server is running.", e);
        }
    }

    private AutogenException databaseError(String action, SQLException e) {
        return new AutogenException(ErrorKind.CONNECTION, "Cannot " + action + " on the database: " + e.getMessage()
                + "; check the connection and the version table " + versionTable.name() + ".", e);
    }
}
