package dev.autogen.dialect.postgres;

import dev.autogen.dialect.ComposedDialect;
import dev.autogen.dialect.CurrentNames;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.sql.Statement;
import java.time.Duration;

/** PostgreSQL (tested on 15): transactional DDL, session advisory lock, scratch databases. */
public final class PostgresDialect extends ComposedDialect {
    private static final String URL_PREFIX = "jdbc:postgresql:";

    public PostgresDialect() {
        this(new PostgresTypes());
    }

    private PostgresDialect(PostgresTypes types) {
        super(new PostgresInspector(), new PostgresRenderer(types), types);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String urlForSchema(String url, String schema) {
        String bare = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        // quoted, so the search path is exactly that schema: "TenantB" keeps its case, a comma stays in the name
        return bare + (bare.contains("?") ? "&" : "?") + "currentSchema="
                + java.net.URLEncoder.encode("\"" + schema.replace("\"", "\"\"") + "\"", java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean concurrentIndexes() {
        return true;
    }

    /** A duration PostgreSQL reads: a whole number with an optional unit. */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("\\d+\\s*(ms|s|min|h|d)?");

    @Override
    public java.util.List<String> onlineTimeouts(String lockTimeout, String statementTimeout) {
        return timeouts("SET LOCAL ", lockTimeout, statementTimeout);
    }

    @Override
    public java.util.List<String> sessionTimeouts(String lockTimeout, String statementTimeout) {
        return timeouts("SET ", lockTimeout, statementTimeout);
    }

    @Override
    public java.util.List<String> resetTimeouts() {
        return java.util.List.of("RESET lock_timeout", "RESET statement_timeout");
    }

    private static java.util.List<String> timeouts(String set, String lockTimeout, String statementTimeout) {
        for (String value : java.util.List.of(lockTimeout, statementTimeout)) {
            if (!DURATION.matcher(value.strip()).matches()) {
                throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.REVISION, "'" + value + "' is not a"
                        + " timeout PostgreSQL reads; write a whole number with ms, s, min, h or d, e.g. \"5s\".");
            }
        }
        return java.util.List.of(set + "lock_timeout = '" + lockTimeout.strip() + "'",
                set + "statement_timeout = '" + statementTimeout.strip() + "'");
    }

    @Override
    public boolean clearFailedConcurrently(java.sql.Connection connection, dev.autogen.operation.Operation op)
            throws java.sql.SQLException {
        return PostgresInvalidIndexes.dropLeftover(connection, op);
    }

    @Override
    public String explain(dev.autogen.operation.Operation op,
                          java.util.function.Function<dev.autogen.model.QualifiedName, String> sizes) {
        return op.accept(new PostgresLocks(sizes));
    }

    @Override
    public boolean sessionLockTimeout(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery(PostgresCatalog.LOCK_TIMEOUT)) {
            return rs.next() && !rs.getString(1).strip().matches("0+[a-z]*");
        }
    }

    @Override
    public String tableSize(Connection connection, dev.autogen.model.QualifiedName table) throws SQLException {
        try (java.sql.PreparedStatement s = connection.prepareStatement(PostgresCatalog.TABLE_SIZE)) {
            s.setString(1, table.name());
            s.setString(2, table.schema());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long rows = rs.getLong(1);
                return (rows < 0 ? "never analyzed" : "~" + rows + " rows") + ", " + rs.getString(2);
            }
        }
    }

    /** SQLSTATE 55P03, lock_not_available: lock_timeout ran out (or NOWAIT found the lock taken). */
    @Override
    public boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    @Override
    public boolean castsUntypedParameters() {
        return true;
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith(URL_PREFIX);
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    /** PostgreSQL folds unquoted identifiers to lower case (ASCII letters only); quoted ones are kept as written. */
    @Override
    public String normaliseIdentifier(String identifier, boolean quoted) {
        return identifier == null || quoted ? identifier : PostgresSyntax.fold(identifier);
    }

    @Override
    public void checkTransactionFits(java.sql.Connection connection, String what,
                                     java.util.List<dev.autogen.operation.Operation> operations)
            throws java.sql.SQLException {
        PostgresLockRoom.check(connection, what, operations);
        PostgresInvalidIndexes.check(connection, what, operations);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * {@code assumeMinServerVersion=9.0}: the driver puts {@code application_name} in the start-up packet rather than
     * sending {@code SET application_name} after connecting (autogen needs PostgreSQL 12 or later anyway).
     */
    @Override
    public java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of("assumeMinServerVersion", "9.0");
    }

    /** One catalog query ({@link PostgresCatalog#TABLE_COLUMNS}): pgjdbc's getColumns also sends select current_catalog. */
    @Override
    public List<String> tableColumns(Connection connection, CurrentNames names, String schema, String table)
            throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement ps = connection.prepareStatement(PostgresCatalog.TABLE_COLUMNS)) {
            ps.setString(1, schema);
            ps.setString(2, schema);
            ps.setString(3, table);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Both names in one query: the driver's {@code getCatalog()} and {@code getSchema()} each send one. */
    @Override
    public CurrentNames currentNames(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery(PostgresCatalog.CURRENT_NAMES)) {
            rs.next();
            return new CurrentNames(rs.getString(1), rs.getString(2));
        }
    }

    @Override
    public MigrationLock lock(Connection connection, String scope, Duration timeout) throws SQLException {
        return PostgresAdvisoryLock.acquire(connection, scope, timeout);
    }

    /** {@code CREATE DATABASE name}; the URL is the connection's, with the database part replaced. */
    @Override
    public String createScratch(Connection connection, String name) throws SQLException {
        execute(connection, "CREATE DATABASE " + PostgresSyntax.quote(name));
        return withDatabase(connection.getMetaData().getURL(), name);
    }

    @Override
    public void dropScratch(Connection connection, String name) throws SQLException {
        execute(connection, "DROP DATABASE IF EXISTS " + PostgresSyntax.quote(name) + " WITH (FORCE)");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The JDBC URL with another database: {@code jdbc:postgresql://host[:port][,host2...]/db?params} or
     * {@code jdbc:postgresql:db?params}; host, port and parameters are kept.
     */
    static String withDatabase(String url, String database) {
        String rest = url.substring(URL_PREFIX.length());
        int q = rest.indexOf('?');
        String params = q < 0 ? "" : rest.substring(q);
        String location = q < 0 ? rest : rest.substring(0, q);
        if (!location.startsWith("//")) {
            return URL_PREFIX + database + params;
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return URL_PREFIX + hosts + "/" + database + params;
    }
}
