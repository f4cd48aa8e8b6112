package dev.autogen.dialect;

import dev.autogen.dialect.SchemaInspector;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Everything autogen needs to know about one kind of database. */
public interface Dialect {

    /** Short name used in configuration and messages: {@code postgresql}, {@code h2}, {@code mariadb}. */
    String name();

    /**
     * {@code url} with its connections pinned to the tenant {@code schema}: unqualified names (the revisions'
     * tables, the version table) are that schema's. PostgreSQL: {@code currentSchema}; H2: {@code SCHEMA};
     * MariaDB, whose schemas are databases: the URL's database.
     */
    default String urlForSchema(String url, String schema) {
        throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.CONFIG, name() + " has no tenants by schema;"
                + " give each tenant's JDBC URL in a tenants file instead (tenants = file: tenants.txt).");
    }

    /** Creates the tenant {@code schema} (a database on MariaDB) unless it exists, on {@code connection}. */
    default void createSchema(Connection connection, String schema) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + renderer().quote(schema));
        }
    }

    /** The start of the JDBC URLs this dialect accepts, for messages: {@code jdbc:postgresql:}. */
    default String urlPrefix() {
        return "jdbc:" + name() + ":";
    }

    /**
     * Whether the database builds an index without blocking writes ({@code CREATE INDEX CONCURRENTLY} on
     * PostgreSQL), so lint suggests it for indexes on large tables.
     */
    default boolean concurrentIndexes() {
        return false;
    }

    /**
     * The statements that start each transaction of an online revision: how long a statement may wait for a lock
     * and how long it may run, each as PostgreSQL writes a duration ({@code 5000ms}, {@code 2s}, {@code 10min};
     * {@code 0} means no limit). None where the database has no such settings per transaction.
     */
    default List<String> onlineTimeouts(String lockTimeout, String statementTimeout) {
        return List.of();
    }

    /**
     * The table lock {@code op} takes and whether it rewrites or scans the table, in a few words
     * ({@code ACCESS EXCLUSIVE on member; scans the table}), for {@code upgrade --sql --explain} and {@code plan};
     * {@code sizes} gives a table's row count and size where a database is at hand ({@code null} offline).
     * {@code null} where the dialect does not say.
     */
    default String explain(dev.autogen.operation.Operation op,
                           java.util.function.Function<dev.autogen.model.QualifiedName, String> sizes) {
        return null;
    }

    /**
     * A table's estimated row count and size ({@code ~1000000 rows, 65 MB}) from the catalog, for {@code plan};
     * {@code null} where the dialect does not say or the table does not exist.
     */
    default String tableSize(Connection connection, dev.autogen.model.QualifiedName table) throws SQLException {
        return null;
    }

    /**
     * Whether the session on {@code connection} already bounds how long a statement waits for a lock (PostgreSQL's
     * {@code lock_timeout} other than 0, set for the role, the database or in the URL's {@code options}), for lint's
     * rule about lock timeouts; false where the dialect has none.
     */
    default boolean sessionLockTimeout(Connection connection) throws SQLException {
        return false;
    }

    /**
     * The statements that give the session the online lock and statement timeouts, for a statement that runs outside
     * a transaction (where {@link #onlineTimeouts}' {@code SET LOCAL} does not reach); {@link #resetTimeouts} undoes
     * them after it. None by default.
     */
    default List<String> sessionTimeouts(String lockTimeout, String statementTimeout) {
        return List.of();
    }

    /** The statements that give the session back its default timeouts after {@link #sessionTimeouts}. */
    default List<String> resetTimeouts() {
        return List.of();
    }

    /**
     * After a statement of {@code op} that runs outside a transaction ran out of lock time: removes what it left
     * behind (PostgreSQL: the INVALID index of a failed {@code CREATE INDEX CONCURRENTLY}) and says whether the
     * statement can run again; false (the default) when it cannot be retried.
     */
    default boolean clearFailedConcurrently(Connection connection, dev.autogen.operation.Operation op)
            throws SQLException {
        return false;
    }

    /** Whether {@code e} says a statement gave up waiting for a lock ({@code lock_timeout}), so a retry may succeed. */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /**
     * Whether a value sent as {@link java.sql.Types#OTHER} reaches the server untyped and is cast to the column's
     * type there (PostgreSQL's json, uuid and enum types), rather than sent as the Java value's own type.
     */
    default boolean castsUntypedParameters() {
        return false;
    }

    /** True when this dialect serves the JDBC URL. */
    boolean accepts(String jdbcUrl);

    /** Hibernate dialect class name used to build the entity metamodel. */
    String hibernateDialect();

    SchemaInspector inspector();

    DdlRenderer renderer();

    TypeNormaliser types();

    /**
     * The schema objects without an explicit schema live in when none is configured ({@code public} on
     * PostgreSQL, {@code PUBLIC} on H2), or {@code null} where schemas are databases (MariaDB).
     */
    default String defaultSchema() {
        return null;
    }

    /** The identifier as the catalog stores it: unquoted identifiers are folded the way this database folds them. */
    String normaliseIdentifier(String identifier, boolean quoted);

    /**
     * Statements run first on every new connection (and at the top of offline scripts) so the renderer's literals
     * mean what they say there (MariaDB: a backslash is an escape whatever the server's sql_mode). None by default.
     */
    default List<String> sessionStatements() {
        return List.of();
    }

    /**
     * True when DDL runs inside transactions and rolls back (PostgreSQL); false for MariaDB/MySQL and for H2, which
     * commits the open transaction before every DDL statement.
     */
    boolean transactionalDdl();

    /**
     * Checks, before anything runs, that {@code operations} can run in one transaction on {@code connection}'s
     * server (PostgreSQL: that their locks fit in the shared lock table; MariaDB, which cannot roll DDL back:
     * that the current rows fit the column types they change to). Nothing to check by default.
     *
     * @param what names the transaction for the error, e.g. {@code revision 1a2b3c (downgrade)}
     * @throws dev.autogen.error.AutogenException with the figures and the remedy when they cannot
     */
    default void checkTransactionFits(Connection connection, String what,
                                      List<dev.autogen.operation.Operation> operations) throws SQLException {
    }

    /**
     * Takes the migration lock of {@code scope} (the version table, as {@code schema.table}) on {@code connection},
     * waiting up to {@code timeout}. The lock belongs to the connection's session: it holds across commits and
     * DDL and ends with the session, so the connection that migrates should hold it.
     *
     * @throws dev.autogen.error.AutogenException of kind {@code LOCKED} naming the holder where the database tells it
     */
    MigrationLock lock(Connection connection, String scope, Duration timeout) throws SQLException;

    /** {@link #lock(Connection, String, Duration)} of a version table named {@code autogen_version}. */
    default MigrationLock lock(Connection connection, Duration timeout) throws SQLException {
        return lock(connection, lockScope(connection, null, "autogen_version"), timeout);
    }

    /**
     * The lock scope of a version table: {@code schema.table} as the catalog stores them, the connection's
     * database standing for the schema when {@code schema} is {@code null} (asking for the current schema would
     * cost a statement; tables found through different search paths then share one lock, which is safe).
     */
    default String lockScope(Connection connection, String schema, String table) throws SQLException {
        return lockScope(schema != null ? null : new CurrentNames(connection.getCatalog(), null), schema, table);
    }

    /** {@link #lockScope(Connection, String, String)} with the connection's names already known ({@code null} when {@code schema} is given). */
    default String lockScope(CurrentNames names, String schema, String table) {
        String s = schema != null ? schema : names.catalog();
        return (s == null ? "" : normaliseIdentifier(s, false)) + "." + normaliseIdentifier(table, false);
    }

    /**
     * The column names of table {@code table} (exactly so spelt) in {@code schema} ({@code null}: any schema), in
     * table order; empty when there is no such table. One {@code DatabaseMetaData.getColumns} by default.
     */
    default List<String> tableColumns(Connection connection, CurrentNames names, String schema, String table)
            throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = connection.getMetaData().getColumns(names.catalog(), schema, table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /**
     * Driver properties autogen adds when it opens a connection from a URL that does not set them itself; none by
     * default. PostgreSQL's driver then sends its session settings in the start-up packet instead of a
     * {@code SET} statement after it.
     */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /**
     * The connection's catalog and schema. {@code getCatalog()} and {@code getSchema()} by default; a dialect whose
     * driver sends a query for each asks for both in one.
     */
    default CurrentNames currentNames(Connection connection) throws SQLException {
        return new CurrentNames(connection.getCatalog(), connection.getSchema());
    }

    /** Creates an empty scratch database or schema next to the one {@code connection} is on; returns its JDBC URL. */
    String createScratch(Connection connection, String name) throws SQLException;

    /** Drops what {@link #createScratch} made. */
    void dropScratch(Connection connection, String name) throws SQLException;

    /**
     * {@link #createScratch}, for a database whose first connection sets its credentials (H2's in-memory
     * databases): {@code user} and {@code password} are those the scratch database is then opened with.
     */
    default String createScratch(Connection connection, String name, String user, String password) throws SQLException {
        return createScratch(connection, name);
    }

    /** {@link #dropScratch}, with the credentials {@link #createScratch(Connection, String, String, String)} was given. */
    default void dropScratch(Connection connection, String name, String user, String password) throws SQLException {
        dropScratch(connection, name);
    }
}
