package dev.autogen.dialect.h2;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The migration lock on H2, which has no advisory locks. A row lock would not do: H2 commits DDL implicitly,
 * which would release it mid-migration. Instead the holder inserts the row of {@link #TABLE} whose id is the
 * hash of the version table's scope ({@code schema.table}, so other projects' tables do not wait) with its
 * session id; a waiter retries until the timeout. A row whose session no longer exists (a crashed
 * holder) is stale and is removed. Closing the lock deletes the row.
 */
final class H2Lock implements MigrationLock {
    /** The lock table, in the connection's default schema; the inspector leaves it out. */
    static final String TABLE = "AUTOGEN_LOCK";

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS \"" + TABLE + "\" (\"ID\" INTEGER PRIMARY KEY,"
            + " \"SESSION_ID\" INTEGER NOT NULL, \"ACQUIRED_AT\" TIMESTAMP WITH TIME ZONE NOT NULL)";
    private static final String TAKE = "INSERT INTO \"" + TABLE + "\" (\"ID\", \"SESSION_ID\", \"ACQUIRED_AT\")"
            + " VALUES (?, SESSION_ID(), CURRENT_TIMESTAMP)";
    private static final String HOLDER = "SELECT l.\"SESSION_ID\", l.\"ACQUIRED_AT\", (SELECT COUNT(*)"
            + " FROM INFORMATION_SCHEMA.SESSIONS s WHERE s.SESSION_ID = l.\"SESSION_ID\""
            + " AND s.SESSION_START <= l.\"ACQUIRED_AT\") FROM \"" + TABLE + "\" l WHERE l.\"ID\" = ?";
    private static final String CLEAR_STALE = "DELETE FROM \"" + TABLE + "\" WHERE \"ID\" = ? AND \"SESSION_ID\" = ?"
            + " AND \"ACQUIRED_AT\" = ?";
    private static final String RELEASE = "DELETE FROM \"" + TABLE + "\" WHERE \"ID\" = ? AND \"SESSION_ID\" = SESSION_ID()";
    private static final String DUPLICATE_KEY = "23505";
    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final int id;

    private H2Lock(Connection connection, int id) {
        this.connection = connection;
        this.id = id;
    }

    /** Takes the lock, waiting up to {@code timeout}; the connection's auto-commit setting is kept. */
    static H2Lock acquire(Connection connection, String scope, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int id = scope.hashCode();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setInt(1, id);
            while (true) {
                try {
                    take.executeUpdate();
                    return new H2Lock(connection, id);
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                }
                String holder = holderOrClearStale(connection, id);
                if (holder != null && System.nanoTime() >= deadline) {
                    throw new AutogenException(ErrorKind.LOCKED, "The migration lock (table " + TABLE + ") is held by"
                            + " H2 " + holder + " and was not released within " + timeout.toSeconds() + " s; wait for"
                            + " that migration to finish, or raise the lock timeout.");
                }
                if (holder != null) {
                    sleep();
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Who holds the lock ("session 3 since ..."), or {@code null} after removing a stale or vanished row. */
    private static String holderOrClearStale(Connection connection, int id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HOLDER)) {
            query.setInt(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int session = rs.getInt(1);
                OffsetDateTime since = rs.getObject(2, OffsetDateTime.class);
                if (rs.getLong(3) > 0) {
                    return "session " + session + " (since " + since + ")";
                }
                try (PreparedStatement clear = connection.prepareStatement(CLEAR_STALE)) {
                    clear.setInt(1, id);
                    clear.setInt(2, session);
                    clear.setObject(3, since);
                    clear.executeUpdate();
                }
                return null;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorKind.LOCKED, "Interrupted while waiting for the migration lock (table "
                    + TABLE + "); run the command again.", e);
        }
    }

    @Override
    public void close() {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
                statement.setInt(1, id);
                statement.executeUpdate();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.LOCKED, "Cannot release the migration lock (table " + TABLE
                    + "): " + e.getMessage() + "; it is released when this session ends.", e);
        }
    }
}
