package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.config.Settings;
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
 * Applies and undoes revisions: what {@code autogen upgrade}, {@code downgrade}, {@code stamp} and
 * {@code current} call, and the library API too. Every change to the database happens under the dialect's
 * migration lock, held on a connection of its own for the whole command; after taking it the runner reads the
 * version table again, so a second process that waited finds nothing left to do.
 */
public final class Runner {
    private final Dialect dialect;
    private final ConnectionFactory connections;
    private final Settings settings;
    private final ProgressListener listener;
    private final Map<String, LoadedRevision> revisions = new LinkedHashMap<>();
    private final RevisionGraph graph;
    private final VersionTable versionTable;

    public Runner(Dialect dialect, ConnectionFactory connections, Settings settings, List<LoadedRevision> revisions,
                  ProgressListener listener) {
        this.dialect = dialect;
        this.connections = connections;
        this.settings = settings;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        List<RevisionInfo> infos = new ArrayList<>();
        for (LoadedRevision r : revisions) {
            infos.add(r.info());
            this.revisions.putIfAbsent(r.id(), r);
        }
        this.graph = RevisionGraph.of(infos);
        this.versionTable = new VersionTable(dialect, settings.versionTable());
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

    /** The database's current heads: applied revisions no other applied revision follows; empty at base. */
    public Set<String> current() {
        return graph.currentHeads(applied());
    }

    /** The revisions an {@code upgrade heads} would apply, in order. */
    public List<RevisionInfo> pending() {
        return graph.upgradePath(applied(), "heads");
    }

    /** Applies what {@code target} needs ({@code head}, {@code heads}, {@code +1}, an id, {@code label@head}, ...). */
    public RunResult upgrade(String target) {
        return locked("upgrade", c -> {
            versionTable.ensure(c);
            Set<String> applied = versionTable.applied(c);
            Set<String> before = graph.currentHeads(applied);
            List<RevisionInfo> path = graph.upgradePath(applied, target);
            for (String id : edited(c)) {
                listener.warning("Revision " + graph.get(id).describe() + " was edited after it was applied: the SQL"
                        + " its upgrade renders no longer matches the checksum recorded when it ran. The database keeps"
                        + " the old version; put further changes in a new revision.");
            }
            executor().run(c, path, Direction.UPGRADE, applied);
            return new RunResult(path, before, graph.currentHeads(versionTable.applied(c)));
        });
    }

    /** Undoes every applied revision that follows {@code target} ({@code -1}, {@code base}, an id, ...). */
    public RunResult downgrade(String target) {
        return locked("downgrade", c -> {
            Set<String> applied = versionTable.applied(c);
            Set<String> before = graph.currentHeads(applied);
            List<RevisionInfo> path = graph.downgradePath(applied, target);
            executor().run(c, path, Direction.DOWNGRADE, applied);
            return new RunResult(path, before, graph.currentHeads(versionTable.applied(c)));
        });
    }

    /**
     * Records the database as being at {@code target} without running anything: revisions it needs are recorded
     * (with no checksum), applied revisions that follow it are removed. {@code purge} first empties the version
     * table, which also clears ids that are no longer in the graph.
     */
    public RunResult stamp(String target, boolean purge) {
        return locked("stamp", c -> {
            versionTable.ensure(c);
            c.setAutoCommit(!dialect.transactionalDdl());
            try {
                Set<String> applied = new LinkedHashSet<>(versionTable.applied(c));
                if (purge) {
                    for (String id : applied) {
                        versionTable.remove(c, id);
                    }
                    applied.clear();
                }
                Set<String> before = graph.currentHeads(applied);
                List<RevisionInfo> changed = new ArrayList<>();
                for (RevisionInfo r : graph.upgradePath(applied, target)) {
                    versionTable.record(c, r.id(), null);
                    applied.add(r.id());
                    changed.add(r);
                }
                for (RevisionInfo r : graph.downgradePath(applied, target)) {
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
                    c.rollback();
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Applied revisions whose upgrade now renders different SQL from what was recorded when they ran. */
    public List<String> editedRevisions() {
        return read("read the version table", this::edited);
    }

    /** The upgrade script for {@code range} ({@code from:to}, or a target alone meaning from base), offline. */
    public String upgradeSql(String range) {
        return new OfflineScript(dialect, versionTable, graph, revisions).upgrade(range);
    }

    /** The downgrade script for {@code range} ({@code from:to}, e.g. {@code head:base}), offline. */
    public String downgradeSql(String range) {
        return new OfflineScript(dialect, versionTable, graph, revisions).downgrade(range);
    }

    private List<String> edited(Connection c) throws SQLException {
        List<String> edited = new ArrayList<>();
        for (Map.Entry<String, String> row : versionTable.checksums(c).entrySet()) {
            LoadedRevision r = revisions.get(row.getKey());
            if (r != null && row.getValue() != null && !row.getValue().equals(Checksums.of(r, dialect.renderer()))) {
                edited.add(row.getKey());
            }
        }
        return edited;
    }

    private RevisionExecutor executor() {
        return new RevisionExecutor(dialect, versionTable, graph, revisions, listener, settings.transactionPerRun());
    }

    /** Work on a database connection that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String action, Work<T> work) {
        try (Connection c = open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw databaseError(action, e);
        }
    }

    private <T> T locked(String action, Work<T> work) {
        try (Connection lockConnection = open()) {
            MigrationLock lock = dialect.lock(lockConnection, settings.lockTimeout());
            try (Connection c = open()) {
                return work.run(c);
            } finally {
                lock.close();
            }
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
