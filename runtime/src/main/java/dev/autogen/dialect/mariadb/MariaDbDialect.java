package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.ComposedDialect;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * MariaDB 10.11 (also serves {@code jdbc:mysql:} URLs when no {@link MySqlDialect} is chosen). Identifiers keep
 * their case; a schema is a database; DDL is not transactional (each statement commits).
 */
public class MariaDbDialect extends ComposedDialect {
    public MariaDbDialect() {
        this(false);
    }

    protected MariaDbDialect(boolean mysql) {
        super(new MariaDbInspector(mysql), new MariaDbRenderer(), new MariaDbTypes());
    }

    @Override
    public String name() {
        return "mariadb";
    }

    /** A tenant is a database: the URL's path names it. */
    @Override
    public String urlForSchema(String url, String schema) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:\\w+://[^/?]*)(/[^?]*)?(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            // the URL is not repeated: it may hold a password
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.CONFIG, "Cannot name the tenant database "
                    + schema + " in the configured URL (it has no single //host part); give each tenant's JDBC URL"
                    + " in a tenants file instead.");
        }
        return m.group(1) + "/" + java.net.URLEncoder.encode(schema, java.nio.charset.StandardCharsets.UTF_8)
                + (m.group(3) == null ? "" : m.group(3));
    }

    @Override
    public void createSchema(java.sql.Connection connection, String schema) throws java.sql.SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + renderer().quote(schema));
        }
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:"));
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MariaDBDialect";
    }

    /** MariaDB keeps the case of table names as given (on Linux, with lower_case_table_names=0). */
    @Override
    public String normaliseIdentifier(String identifier, boolean quoted) {
        return identifier;
    }

    @Override
    public java.util.List<String> sessionStatements() {
        return java.util.List.of(MariaDbCatalog.BACKSLASH_ESCAPES);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /** MariaDB cannot roll a half-done revision back: a type change the rows do not fit is refused first. */
    @Override
    public void checkTransactionFits(java.sql.Connection connection, String what,
                                     java.util.List<dev.autogen.operation.Operation> operations)
            throws java.sql.SQLException {
        dev.autogen.dialect.RowsFit.check(connection, renderer(), what, operations);
    }

    @Override
    public MigrationLock lock(Connection connection, String scope, Duration timeout) throws SQLException {
        return MariaDbLock.acquire(connection, scope, timeout);
    }

    /** Creates database {@code name} on the same server; returns the connection's URL with the database replaced. */
    @Override
    public String createScratch(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + renderer().quote(name));
        }
        return withDatabase(connection.getMetaData().getURL(), name);
    }

    @Override
    public void dropScratch(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + renderer().quote(name));
        }
    }

    /** {@code jdbc:mariadb://host:port/db?params} with {@code db} replaced by {@code database}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int hosts = base.indexOf("//") + 2;
        int slash = base.indexOf('/', hosts);
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }
}
