package dev.autogen.dialect.postgres;

import dev.autogen.dialect.SchemaInspector;
import dev.autogen.dialect.UnmodelledObject;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.Deferral;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.IdentityOptions;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads tables, columns, keys, foreign keys, unique and check constraints, indexes, sequences and enum types
 * with the {@link #QUERY_COUNT} queries of {@link PostgresCatalog}, however many tables there are.
 */
public final class PostgresInspector implements SchemaInspector {

    /**
     * Statements one {@link #inspect} sends: current schema, tables, columns, primary/unique keys, foreign keys,
     * checks, indexes, sequences, enum types (see {@link PostgresCatalog} for each).
     */
    public static final int QUERY_COUNT = 9;

    /** Column types are reported in canonical form ({@code varchar(255)}, not {@code character varying(255)}). */
    private final PostgresTypes types = new PostgresTypes();

    @Override
    public SchemaModel inspect(Connection connection, List<String> schemas) throws SQLException {
        String current;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(PostgresCatalog.CURRENT_SCHEMA)) {
            rs.next();
            current = rs.getString(1);
        }
        List<String> wanted = schemas.isEmpty() ? List.of(current) : List.copyOf(schemas);
        Reader reader = new Reader(connection, wanted);
        Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
        reader.each(PostgresCatalog.TABLES, rs -> tables.put(reader.name(rs, 1),
                new TableParts(rs.getString("comment"), rs.getString("partitioning"))));
        reader.each(PostgresCatalog.COLUMNS, rs -> tables.get(reader.name(rs, 1)).columns.add(new Column(
                rs.getString("column_name"), types.type(rs.getString("column_type")), rs.getBoolean("nullable"),
                rs.getString("default_value"), rs.getBoolean("is_identity"), rs.getString("comment"),
                rs.getString("generated"), rs.getString("collation"), identityOptions(rs))));
        reader.each(PostgresCatalog.KEYS, rs -> {
            TableParts t = tables.get(reader.name(rs, 1));
            List<String> columns = strings(rs.getArray("column_names"));
            if ("p".equals(rs.getString("constraint_type"))) {
                t.primaryKey = new PrimaryKey(rs.getString("constraint_name"), columns);
            } else {
                t.uniques.add(new UniqueConstraint(rs.getString("constraint_name"), columns));
            }
        });
        reader.each(PostgresCatalog.FOREIGN_KEYS, rs -> tables.get(reader.name(rs, 1)).foreignKeys.add(new ForeignKey(
                rs.getString("constraint_name"), strings(rs.getArray("column_names")), reader.name(rs, 5),
                strings(rs.getArray("target_columns")), action(rs.getString("on_delete")),
                action(rs.getString("on_update")), deferral(rs.getBoolean("deferrable"), rs.getBoolean("deferred")))));
        reader.each(PostgresCatalog.CHECKS, rs -> tables.get(reader.name(rs, 1)).checks.add(
                new CheckConstraint(rs.getString("constraint_name"), checkCondition(rs.getString("definition")))));
        readIndexes(reader, tables);
        List<Sequence> sequences = new ArrayList<>();
        reader.each(PostgresCatalog.SEQUENCES, rs -> sequences.add(
                new Sequence(reader.name(rs, 1), rs.getLong("seqstart"), rs.getLong("seqincrement"))));
        List<EnumType> enums = new ArrayList<>();
        reader.each(PostgresCatalog.ENUM_TYPES, rs -> enums.add(new EnumType(reader.name(rs, 1), strings(rs.getArray("labels")))));
        List<Table> built = new ArrayList<>();
        tables.forEach((name, parts) -> built.add(parts.build(name)));
        return new SchemaModel(built, sequences, enums);
    }

    private static void readIndexes(Reader reader, Map<QualifiedName, TableParts> tables) throws SQLException {
        Map<List<Object>, Index> indexes = new LinkedHashMap<>();
        reader.each(PostgresCatalog.INDEXES, rs -> {
            QualifiedName table = reader.name(rs, 1);
            String name = rs.getString("index_name");
            IndexColumn key = new IndexColumn(rs.getString("key_text"), rs.getBoolean("descending"),
                    rs.getBoolean("is_expression"), rs.getString("opclass"));
            Index previous = indexes.get(List.of(table, name));
            List<IndexColumn> keys = new ArrayList<>(previous == null ? List.of() : previous.columns());
            keys.add(key);
            indexes.put(List.of(table, name), new Index(name, keys, rs.getBoolean("is_unique"), rs.getString("predicate"),
                    rs.getString("method"), strings(rs.getArray("include_columns")), definition(rs.getString("definition"))));
        });
        indexes.forEach((key, index) -> tables.get((QualifiedName) key.get(0)).indexes.add(index));
    }

    /** {@code CHECK (cond)} with any {@code NOT VALID} / {@code NO INHERIT} suffix, as pg_get_constraintdef gives it. */
    static String checkCondition(String definition) {
        String d = definition.trim();
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (d.endsWith(suffix)) {
                d = d.substring(0, d.length() - suffix.length()).trim();
            }
        }
        if (d.startsWith("CHECK (") && d.endsWith(")")) {
            return d.substring("CHECK (".length(), d.length() - 1);
        }
        return d;
    }

    /**
     * The part of {@code pg_get_indexdef}'s {@code CREATE [UNIQUE] INDEX name ON [ONLY] table USING ...} from
     * {@code USING} on: the index without its name and table, so it can be created again under any schema.
     */
    static String definition(String indexdef) {
        int using = indexdef.indexOf(" USING ");
        return using < 0 ? null : indexdef.substring(using + 1);
    }

    private static IdentityOptions identityOptions(ResultSet rs) throws SQLException {
        long increment = rs.getLong("identity_increment");
        return rs.wasNull() ? null
                : new IdentityOptions(rs.getLong("identity_start"), increment, rs.getBoolean("identity_cycle"));
    }

    private static Deferral deferral(boolean deferrable, boolean deferred) {
        return !deferrable ? Deferral.NOT_DEFERRABLE
                : deferred ? Deferral.INITIALLY_DEFERRED : Deferral.INITIALLY_IMMEDIATE;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    @Override
    public List<UnmodelledObject> unmodelled(Connection connection, List<String> schemas) throws SQLException {
        String current;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(PostgresCatalog.CURRENT_SCHEMA)) {
            rs.next();
            current = rs.getString(1);
        }
        Reader reader = new Reader(connection, schemas.isEmpty() ? List.of(current) : List.copyOf(schemas));
        List<UnmodelledObject> objects = new ArrayList<>();
        reader.each(PostgresCatalog.UNMODELLED, rs -> objects.add(new UnmodelledObject(rs.getString("kind"),
                rs.getString("object_name"), rs.getString("create_sql"), rs.getString("drop_sql"))));
        return objects;
    }

    /** Runs one catalog query with the schema list and maps schema names (the first one becomes {@code null}). */
    private static final class Reader {
        private final Connection connection;
        private final List<String> schemas;

        Reader(Connection connection, List<String> schemas) {
            this.connection = connection;
            this.schemas = schemas;
        }

        void each(String sql, RowHandler handler) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("text", schemas.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        }

        /** The object name in columns {@code at} (schema) and {@code at + 1} (name). */
        QualifiedName name(ResultSet rs, int at) throws SQLException {
            String schema = rs.getString(at);
            return new QualifiedName(schema.equals(schemas.get(0)) ? null : schema, rs.getString(at + 1));
        }
    }

    /** What the queries found for one table, until the table record is built. */
    private static final class TableParts {
        final String comment;
        final String partitioning;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableParts(String comment, String partitioning) {
            this.comment = comment;
            this.partitioning = partitioning;
        }

        Table build(QualifiedName name) {
            return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks, comment, partitioning);
        }
    }
}
