package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The migration lock: a session-level advisory lock in the current database, on a key derived from the version
 * table ({@link #key}), so projects with their own version tables do not wait for each other. The server releases
 * it when the session ends, so a killed process never leaves it behind.
 */
final class PostgresAdvisoryLock implements MigrationLock {


    private static final Duration POLL = Duration.ofMillis(100);
    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(?)";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(?)";
    /** A bigint advisory key shows in pg_locks as classid (high 32 bits), objid (low 32 bits), objsubid 1. */
    private static final String HOLDER = """
            SELECT l.pid FROM pg_locks l
            JOIN pg_database d ON d.oid = l.database AND d.datname = current_database()
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.classid::text::bigint = ? AND l.objid::text::bigint = ?""";

    private final Connection connection;
    private final long key;

    private PostgresAdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * The lock key of a version table ({@code schema.table}): the 64-bit FNV-1a hash of {@code autogen:} and the
     * scope, so every autogen process migrating that table agrees on it.
     */
    static long key(String scope) {
        return fnv1a("autogen:" + scope);
    }

    static MigrationLock acquire(Connection connection, String scope, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long key = key(scope);
        while (true) {
            if (query(connection, TRY_LOCK, key)) {
                return new PostgresAdvisoryLock(connection, key);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw locked(connection, key, scope, timeout);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AutogenException(ErrorKind.LOCKED, "Interrupted while waiting for the migration lock on "
                        + connection.getCatalog() + "; run the command again.", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                query(connection, UNLOCK, key);
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot release the migration lock on database "
                    + safeCatalog() + ": " + e.getMessage() + "; it is released when the connection closes.", e);
        }
    }

    private String safeCatalog() {
        try {
            return connection.getCatalog();
        } catch (SQLException e) {
            return "(unknown)";
        }
    }

    private static boolean query(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static AutogenException locked(Connection connection, long key, String scope, Duration timeout)
            throws SQLException {
        String holder = "an unknown session";
        String remedy = "wait for the other autogen process to finish and try again";
        try (PreparedStatement ps = connection.prepareStatement(HOLDER)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    int pid = rs.getInt(1);
                    holder = "the session with backend pid " + pid;
                    remedy += ", or if that process is stuck end its session with SELECT pg_terminate_backend(" + pid + ")";
                }
            }
        }
        return new AutogenException(ErrorKind.LOCKED, "The migration lock of version table " + scope + " in database "
                + connection.getCatalog()
                + " is held by " + holder + " and was not released within " + timeout.toMillis() + " ms; " + remedy + ".");
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
