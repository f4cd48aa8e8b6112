package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.CreateTable;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table recording which revisions are applied: one row per applied revision (the set, not just the heads),
 * with the checksum of the SQL it ran ({@code null} when it was stamped) and when. All SQL comes from the
 * dialect's renderer.
 */
public final class VersionTable {
    public static final String REVISION = "revision";
    public static final String CHECKSUM = "checksum";
    public static final String APPLIED_AT = "applied_at";
    /** The longest revision id the revision column holds; longer ids are refused when revisions are loaded. */
    public static final int REVISION_LENGTH = 64;

    private final Dialect dialect;
    private final DdlRenderer renderer;
    private final QualifiedName name;

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
        List<Column> columns = List.of(
                new Column(REVISION, "varchar(" + REVISION_LENGTH + ")", false, null, false, null),
                new Column(CHECKSUM, "varchar(64)", true, null, false, null),
                new Column(APPLIED_AT, "timestamp", false, "CURRENT_TIMESTAMP", false, null));
        return new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of(REVISION)), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** The DDL creating the table. */
    public List<SqlStatement> createStatements() {
        return renderer.render(new CreateTable(definition()));
    }

    /** True when the table exists (looked up as written and as the database folds unquoted names). */
    public boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = name.schema() != null ? name.schema() : connection.getSchema();
        Set<String> spellings = new LinkedHashSet<>(List.of(name.name(), dialect.normaliseIdentifier(name.name(), false)));
        for (String spelling : spellings) {
            try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, spelling, null)) {
                while (rs.next()) {
                    if (spelling.equals(rs.getString("TABLE_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Creates the table unless it exists. Runs on the connection's current transaction mode. */
    public void ensure(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (SqlStatement sql : createStatements()) {
                s.execute(sql.sql());
            }
        }
    }

    /** The applied revisions; empty when the table does not exist yet. */
    public Set<String> applied(Connection connection) throws SQLException {
        return checksums(connection).keySet();
    }

    /** Applied revision to recorded checksum ({@code null} for stamped revisions); empty when there is no table. */
    public Map<String, String> checksums(Connection connection) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        if (!exists(connection)) {
            return rows;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(renderer.select(name, List.of(REVISION, CHECKSUM)))) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    public void record(Connection connection, String id, String checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.insert(name, List.of(REVISION, CHECKSUM)))) {
            ps.setString(1, id);
            ps.setString(2, checksum);
            ps.executeUpdate();
        }
    }

    public void remove(Connection connection, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(renderer.deleteWhere(name, REVISION))) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** The INSERT {@link #record} runs, with literals instead of parameters, for offline scripts. */
    public String recordSql(String id, String checksum) {
        return bind(renderer.insert(name, List.of(REVISION, CHECKSUM)), java.util.Arrays.asList(id, checksum));
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
