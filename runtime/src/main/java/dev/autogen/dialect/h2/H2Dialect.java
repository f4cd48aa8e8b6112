package dev.autogen.dialect.h2;

import dev.autogen.dialect.ComposedDialect;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * H2 2.x. Unquoted identifiers fold to upper case; the default schema is {@code PUBLIC}. DDL commits the
 * open transaction implicitly (verified on H2 2.5: a rollback after CREATE TABLE keeps both the table and
 * earlier inserts), so {@link #transactionalDdl()} is false.
 */
public final class H2Dialect extends ComposedDialect {
    public H2Dialect() {
        super(new H2Inspector(), new H2Renderer(), new H2Types());
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String urlForSchema(String url, String schema) {
        if (!schema.matches("[A-Za-z0-9_]+")) {
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.CONFIG, "H2 tenant schema '" + schema
                    + "' must be letters, digits and _ to be named in a URL.");
        }
        return url.replaceAll("(?i);SCHEMA=[^;]*", "") + ";SCHEMA=" + schema;
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }

    @Override
    public String normaliseIdentifier(String identifier, boolean quoted) {
        return quoted ? identifier : identifier.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public MigrationLock lock(Connection connection, String scope, Duration timeout) throws SQLException {
        return H2Lock.acquire(connection, scope, timeout);
    }

    /** An in-memory database {@code name} that lives until {@link #dropScratch} (the connection is not used). */
    @Override
    public String createScratch(Connection connection, String name) throws SQLException {
        String url = scratchUrl(name);
        DriverManager.getConnection(url).close();
        return url;
    }

    @Override
    public void dropScratch(Connection connection, String name) throws SQLException {
        dropScratch(connection, name, null, null);
    }

    /** The in-memory database's first connection makes its user: the one the scratch database is opened with. */
    @Override
    public String createScratch(Connection connection, String name, String user, String password) throws SQLException {
        String url = scratchUrl(name);
        DriverManager.getConnection(url, user == null ? "" : user, password == null ? "" : password).close();
        return url;
    }

    @Override
    public void dropScratch(Connection connection, String name, String user, String password) throws SQLException {
        try (Connection scratch = DriverManager.getConnection(scratchUrl(name) + ";IFEXISTS=TRUE",
                user == null ? "" : user, password == null ? "" : password);
             Statement statement = scratch.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static String scratchUrl(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("scratch database name " + name + " must be letters, digits and _");
        }
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}
