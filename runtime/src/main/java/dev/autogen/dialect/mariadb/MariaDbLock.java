package dev.autogen.dialect.mariadb;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The migration lock as a MariaDB/MySQL user lock ({@code GET_LOCK}), named after the version table (database
 * and table) so migrations of other databases, or of other projects in the same one, do not wait for each other. It belongs to the session and
 * survives commits and DDL; closing releases it, and so does the connection ending.
 */
final class MariaDbLock implements MigrationLock {
    private static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;

    private MariaDbLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /**
     * The lock name for a version table ({@code database.table}), e.g. {@code autogen:shop.autogen_version}; a
     * name longer than the server allows is replaced by a hash of it.
     */
    static String lockName(String scope) {
        String name = "autogen:" + scope;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(
                    name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "autogen:" + java.util.HexFormat.of().formatHex(hash).substring(0, MAX_NAME - 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "This Java runtime has no SHA-256.", e);
        }
    }

    static MariaDbLock acquire(Connection connection, String scope, Duration timeout) throws SQLException {
        String name = lockName(scope);
        long seconds = Math.max(0, (timeout.toMillis() + 999) / 1000);
        Object result;
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setLong(2, seconds);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                result = rs.getObject(1);
            }
        }
        if (result != null && ((Number) result).intValue() == 1) {
            return new MariaDbLock(connection, name);
        }
        throw new AutogenException(ErrorKind.LOCKED, "The migration lock '" + name + "' is held by " + holder(connection, name)
                + " and was not released within " + seconds + " s; wait for that migration to finish, or end that"
                + " connection, or raise the lock timeout.");
    }

    private static String holder(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? "another connection" : "connection " + id + " (see SHOW PROCESSLIST; KILL " + id + " ends it)";
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.LOCKED, "Cannot release the migration lock '" + name + "': "
                    + e.getMessage() + "; it is released when this connection closes.", e);
        }
    }
}
