package dev.autogen.apply;

import dev.autogen.history.RevisionInfo;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.Types;

import dev.autogen.dialect.CurrentNames;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.CreateTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The table recording which revisions are applied: one row per applied revision (the set, not just the heads),
 * with the checksums of the operations its upgrade and downgrade record ({@code null} when it was stamped) and
 * when. A revision that starts work which cannot roll back first writes an "in progress" row ({@link #STATE}
 * {@code upgrade} or {@code downgrade}, with the number of operations done), replaced by the applied row when it finishes; a row
 * still running afterwards marks an interrupted revision. Tables written by older autogen versions (the first
 * three columns only) gain the new columns in place on the first command that changes the database. All SQL
 * comes from the dialect's renderer.
 */
public final class VersionTable {
    public static final String REVISION = "revision";
    public static final String CHECKSUM = "checksum";
    public static final String APPLIED_AT = "applied_at";
    /** The longest revision id the revision column holds; longer ids are refused when revisions are loaded. */
    public static final int REVISION_LENGTH = RevisionInfo.MAX_ID_LENGTH;
    public static final String DOWNGRADE_CHECKSUM = "downgrade_checksum";
    public static final String STATE = "state";
    public static final String OPERATIONS_DONE = "operations_done";

    private final Dialect dialect;
    private final DdlRenderer renderer;
    private final QualifiedName name;
    /** The table's columns once {@link #ensure} has made it current; {@code null} until then. */
    private Set<String> ensured;
    private Connection namesOf;
    private CurrentNames names;

    /** @param tableName the table's name, optionally {@code schema.table} */
    public VersionTable(Dialect dialect, String tableName) {
        this.dialect = dialect;
        this.renderer = dialect.renderer();
        int dot = tableName.indexOf('.');
        this.name = dot < 0 ? QualifiedName.of(tableName) : QualifiedName.of(tableName.substring(0, dot),
                tableName.substring(dot + 1));
    }

    public QualifiedName name() {
        return name;
    }

    /** The table as a model: what {@link #createStatements()} creates. */
    public Table definition() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(REVISION, "varchar(" + REVISION_LENGTH + ")", false, null, false, null),
                new Column(CHECKSUM, "varchar(64)", true, null, false, null),
                new Column(APPLIED_AT, "timestamp", false, "CURRENT_TIMESTAMP", false, null)));
        columns.addAll(addedColumns());
        return new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of(REVISION)), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** The columns added after the first format, in the order they are added to an older table. */
    private static List<Column> addedColumns() {
        return List.of(
                new Column(DOWNGRADE_CHECKSUM, "varchar(64)", true, null, false, null),
                new Column(STATE, "varchar(16)", true, null, false, null),
                new Column(OPERATIONS_DONE, "integer", true, null, false, null));
    }

    /** The DDL creating the table. */
    public List<SqlStatement> createStatements() {
        return renderer.render(new CreateTable(definition()));
    }

    /**
     * The key of the migration lock for this table: its schema (the connection's when the name has none) and
     * name, so projects with their own version tables in one database do not wait for each other.
     */
    public String lockScope(Connection connection) throws SQLException {
        return dialect.lockScope(name.schema() != null ? null : names(connection), name.schema(), name.name());
    }

    /** The connection's catalog and schema, asked once per connection (one query on PostgreSQL). */
    private synchronized CurrentNames names(Connection connection) throws SQLException {
        if (namesOf != connection) {
            names = dialect.currentNames(connection);
            namesOf = connection;
        }
        return names;
    }

    /** True when the table exists (looked up as written and as the database folds unquoted names). */
    public boolean exists(Connection connection) throws SQLException {
        return !columns(connection).isEmpty();
    }

    /** The table's column names in lower case; empty when it does not exist. One catalog query per spelling. */
    private Set<String> columns(Connection connection) throws SQLException {
        if (ensured != null) {
            return ensured;
        }
        CurrentNames current = names(connection);
        String schema = name.schema() != null ? name.schema() : current.schema();
        Set<String> spellings = new LinkedHashSet<>(List.of(name.name(), dialect.normaliseIdentifier(name.name(), false)));
        Set<String> columns = new LinkedHashSet<>();
        for (String spelling : spellings) {
            for (String column : dialect.tableColumns(connection, current, schema, spelling)) {
                columns.add(column.toLowerCase(Locale.ROOT));
            }
            if (!columns.isEmpty()) {
                return columns;
            }
        }
        return columns;
    }

    /**
     * Creates the table unless it exists, and adds the columns an older autogen did not write. Runs on the
     * connection's current transaction mode; call it under the migration lock.
     */
    public void ensure(Connection connection) throws SQLException {
        Set<String> columns = columns(connection);
        List<SqlStatement> ddl = new ArrayList<>();
        if (columns.isEmpty()) {
            ddl.addAll(createStatements());
        } else {
            for (Column column : addedColumns()) {
                if (!columns.contains(column.name())) {
                    ddl.addAll(renderer.render(new AddColumn(name, column)));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (SqlStatement sql : ddl) {
                s.execute(sql.sql());
            }
        }
        Set<String> all = new LinkedHashSet<>();
        definition().columns().forEach(c -> all.add(c.name()));
        ensured = all;
    }

    /** Every row, applied revisions and in-progress marks; empty when the table does not exist yet. */
    public List<VersionRow> rows(Connection connection) throws SQLException {
        Set<String> columns = columns(connection);
        List<VersionRow> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return rows;
        }
        boolean current = columns.containsAll(List.of(DOWNGRADE_CHECKSUM, STATE, OPERATIONS_DONE));
        List<String> select = new ArrayList<>(List.of(REVISION, CHECKSUM));
        if (current) {
            select.addAll(List.of(DOWNGRADE_CHECKSUM, STATE, OPERATIONS_DONE));
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(renderer.select(name, select))) {
            while (rs.next()) {
                rows.add(current
                        ? new VersionRow(rs.getString(1), rs.getString(2), rs.getString(3), state(rs.getString(4)),
                        rs.getInt(5))
                        : new VersionRow(rs.getString(1), rs.getString(2), null, null, 0));
            }
        }
        return rows;
    }

    private static Direction state(String text) {
        for (Direction d : Direction.values()) {
            if (d.command().equals(text)) {
                return d;
            }
        }
        return null;
    }

    /** The applied revisions (not in-progress marks); empty when the table does not exist yet. */
    public Set<String> applied(Connection connection) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        rows(connection).stream().filter(VersionRow::applied).forEach(r -> ids.add(r.revision()));
        return ids;
    }

    /** Records {@code id} as applied; both checksums are {@code null} for a stamp. Needs {@link #ensure}. */
    public void record(Connection connection, String id, String checksum, String downgradeChecksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.insert(name,
                List.of(REVISION, CHECKSUM, DOWNGRADE_CHECKSUM)))) {
            ps.setString(1, id);
            ps.setString(2, checksum);
            ps.setString(3, downgradeChecksum);
            ps.executeUpdate();
        }
    }

    /**
     * Writes the in-progress mark of {@code id}, with no operation done yet: a new row for an upgrade, the applied
     * row marked for a downgrade. Needs {@link #ensure}.
     */
    public void mark(Connection connection, String id, Direction direction) throws SQLException {
        String sql = direction == Direction.UPGRADE ? renderer.insert(name, List.of(STATE, OPERATIONS_DONE, REVISION))
                : renderer.updateWhere(name, List.of(STATE, OPERATIONS_DONE), REVISION);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, direction.command());
            ps.setInt(2, 0);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Moves the in-progress mark of {@code id} on: {@code done} operations have completed. */
    public void progress(Connection connection, String id, int done) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.updateWhere(name, List.of(OPERATIONS_DONE),
                REVISION))) {
            ps.setInt(1, done);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** Rewrites the checksums of {@code id} (and clears any in-progress mark): repair, and older formats. */
    public void updateChecksums(Connection connection, String id, String checksum, String downgradeChecksum)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.updateWhere(name,
                List.of(CHECKSUM, DOWNGRADE_CHECKSUM, STATE, OPERATIONS_DONE), REVISION))) {
            ps.setString(1, checksum);
            ps.setString(2, downgradeChecksum);
            ps.setString(3, null);
            ps.setNull(4, java.sql.Types.INTEGER);
            ps.setString(5, id);
            ps.executeUpdate();
        }
    }

    public void remove(Connection connection, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.deleteWhere(name, REVISION))) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * The INSERT {@link #record} runs, with literals instead of parameters, for offline scripts. Without a
     * downgrade checksum it names only the first three columns, so it also runs on a table an older autogen made.
     */
    public String recordSql(String id, String checksum, String downgradeChecksum) {
        if (downgradeChecksum == null) {
            return bind(renderer.insert(name, List.of(REVISION, CHECKSUM)), java.util.Arrays.asList(id, checksum));
        }
        return bind(renderer.insert(name, List.of(REVISION, CHECKSUM, DOWNGRADE_CHECKSUM)),
                java.util.Arrays.asList(id, checksum, downgradeChecksum));
    }

    /** {@link #recordSql(String, String, String)} without a downgrade checksum. */
    public String recordSql(String id, String checksum) {
        return recordSql(id, checksum, null);
    }

    /** The DELETE {@link #remove} runs, with a literal, for offline scripts. */
    public String removeSql(String id) {
        return bind(renderer.deleteWhere(name, REVISION), List.of(id));
    }

    /** Replaces each {@code ?} outside quotes with the next value as the dialect writes it literally. */
    private String bind(String sql, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length() + 80);
        List<String> literals = new ArrayList<>();
        values.forEach(v -> literals.add(renderer.literal(v)));
        char quote = 0;
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                out.append(c);
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '?' && next < literals.size()) {
                out.append(literals.get(next++));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
