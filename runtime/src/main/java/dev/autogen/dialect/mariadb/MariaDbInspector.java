package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.CatalogReader;
import dev.autogen.dialect.CatalogTables;
import dev.autogen.dialect.SqlExpressions;
import dev.autogen.dialect.SchemaInspector;
import dev.autogen.dialect.UnmodelledObject;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a MariaDB 10.11 (or MySQL 8) catalog from information_schema. Schemas are databases; the default is the
 * connection's current database. It sends {@link #QUERY_COUNT} queries whatever the number of tables
 * ({@code QUERY_COUNT - 1} when there is no sequence): MariaDB 10.11 has no information_schema.SEQUENCES, so the
 * start, increment and cache of all sequences are read with one UNION ALL query over the sequence tables.
 *
 * <p>What the model shows: types in {@link MariaDbTypes}' canonical form; a {@code longtext} column with
 * MariaDB's {@code json_valid} check as {@code json} without the check; the primary key with a {@code null}
 * name (MariaDB calls them all PRIMARY); unique indexes as unique constraints (MariaDB does not tell them
 * apart); indexes backing a constraint, including the one MariaDB adds for a foreign key, left out; the
 * {@code 'NULL'} default of nullable columns as no default; a check written inside a column definition with
 * its real name (the column's) and that column.
 */
public final class MariaDbInspector implements SchemaInspector {
    /** Queries sent by one {@link #inspect} call when the schemas hold at least one sequence. */
    public static final int QUERY_COUNT = 7;


    private final MariaDbTypes types = new MariaDbTypes();
    private final MariaDbRenderer renderer = new MariaDbRenderer();
    private final boolean mysql;

    /** An inspector for MariaDB, or for MySQL 8 when {@code mysql}. */
    public MariaDbInspector(boolean mysql) {
        this.mysql = mysql;
    }

    @Override
    public List<UnmodelledObject> unmodelled(Connection connection, List<String> schemas) throws SQLException {
        CatalogReader read = new CatalogReader(connection, schemas.isEmpty() ? List.of(connection.getCatalog()) : schemas);
        List<UnmodelledObject> objects = new ArrayList<>();
        read.rows(MariaDbCatalog.UNMODELLED, rs -> objects.add(new UnmodelledObject(rs.getString("kind"),
                rs.getString("object_name"), rs.getString("create_sql"), rs.getString("drop_sql"))));
        return objects;
    }

    @Override
    public SchemaModel inspect(Connection connection, List<String> schemas) throws SQLException {
        List<String> names = schemas.isEmpty() ? List.of(connection.getCatalog()) : schemas;
        CatalogReader read = new CatalogReader(connection, names);
        CatalogTables tables = new CatalogTables();
        List<String[]> sequenceTables = new ArrayList<>();
        read.rows(MariaDbCatalog.TABLES, rs -> {
            if (rs.getString(3).equals("SEQUENCE")) {
                sequenceTables.add(new String[] {rs.getString(1), rs.getString(2)});
            } else {
                String comment = rs.getString(4);
                tables.addTable(read.name(rs.getString(1), rs.getString(2)), comment == null || comment.isEmpty() ? null : comment);
            }
        });
        read.rows(MariaDbCatalog.COLUMNS, rs -> tables.addColumn(read.name(rs.getString(1), rs.getString(2)), column(rs)));
        read.rows(MariaDbCatalog.KEYS, rs -> {
            QualifiedName table = read.name(rs.getString(1), rs.getString(2));
            if (rs.getString(4).equals("PRIMARY KEY")) {
                tables.addPrimaryKeyColumn(table, null, rs.getString(5));
            } else {
                tables.addUniqueColumn(table, rs.getString(3), rs.getString(5));
            }
        });
        read.rows(MariaDbCatalog.FOREIGN_KEYS, rs -> tables.addForeignKeyColumn(read.name(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), read.name(rs.getString(6), rs.getString(7)), rs.getString(8),
                CatalogTables.action(rs.getString(5)), CatalogTables.updateAction(rs.getString(9))));
        read.rows(mysql ? MariaDbCatalog.MYSQL_CHECKS : MariaDbCatalog.CHECKS, rs -> {
            QualifiedName table = read.name(rs.getString(1), rs.getString(2));
            if (!jsonCheck(tables, table, rs.getString(3), rs.getString(4))) {
                boolean onColumn = "Column".equalsIgnoreCase(rs.getString(5));
                tables.addCheck(table, new CheckConstraint(rs.getString(3), rs.getString(4), onColumn ? rs.getString(3) : null));
            }
        });
        read.rows(MariaDbCatalog.INDEXES, rs -> tables.addIndexColumn(read.name(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getInt(4) == 0, indexMethod(rs.getString(7)),
                new IndexColumn(rs.getString(5), "D".equals(rs.getString(6)), false)));
        return new SchemaModel(tables.build(), sequences(read, connection, sequenceTables), List.of());
    }

    private Column column(ResultSet rs) throws SQLException {
        String type = types.type(rs.getString(4));
        String extra = rs.getString(7) == null ? "" : rs.getString(7).toLowerCase(Locale.ROOT);
        String comment = rs.getString(8);
        String generated = extra.contains("generated") ? rs.getString(10) : null;
        String collation = rs.getString(9) == null || rs.getString(9).equalsIgnoreCase(rs.getString(11)) ? null : rs.getString(9);
        return new Column(rs.getString(3), type, "YES".equals(rs.getString(5)),
                generated == null ? defaultValue(rs.getString(6), extra, type) : null,
                extra.contains("auto_increment"), comment == null || comment.isEmpty() ? null : comment,
                generated, collation);
    }

    /**
     * The default as an SQL expression. MariaDB quotes string defaults and says {@code NULL} for none; MySQL
     * leaves strings unquoted and marks expressions {@code DEFAULT_GENERATED}.
     */
    private String defaultValue(String raw, String extra, String type) {
        if (raw == null || (!mysql && raw.equals("NULL"))) {
            return null;
        }
        if (mysql && !extra.contains("default_generated") && !SqlExpressions.isNumber(raw)) {
            return renderer.literal(raw);
        }
        return raw;
    }

    /** Folds MariaDB's {@code json_valid(col)} check into the column, which becomes {@code json}. */
    private static boolean jsonCheck(CatalogTables tables, QualifiedName table, String name, String clause) {
        String canonical = SqlExpressions.canonical(clause);
        for (Column column : tables.columns(table)) {
            if (column.name().equals(name) && column.type().equals("longtext")
                    && canonical.equals("json_valid(" + column.name().toLowerCase(Locale.ROOT) + ")")) {
                // a JSON column is longtext with utf8mb4_bin whatever the table's collation: not a collation of its own
                tables.replaceColumn(table, column.withType("json").withCollation(null));
                return true;
            }
        }
        return false;
    }

    private List<Sequence> sequences(CatalogReader read, Connection connection, List<String[]> sequenceTables) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        if (sequenceTables.isEmpty()) {
            return sequences;
        }
        List<String> selects = new ArrayList<>();
        for (String[] s : sequenceTables) {
            selects.add(MariaDbCatalog.SEQUENCE_ROW.formatted(renderer.literal(s[0]), renderer.literal(s[1]),
                    renderer.qualify(QualifiedName.of(s[0], s[1]))));
        }
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(String.join(" UNION ALL ", selects))) {
            while (rs.next()) {
                // the cache as the server states it: the renderer writes NOCACHE for a sequence created without one
                // (as Hibernate creates them), so reading the server's default 1000 as "unstated" would not round-trip
                sequences.add(new Sequence(read.name(rs.getString(1), rs.getString(2)), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
            }
        }
        return sequences;
    }

    /** {@code STATISTICS.INDEX_TYPE} as an index method: {@code null} for BTREE, else {@code fulltext}, {@code spatial}, {@code hash}. */
    private static String indexMethod(String indexType) {
        return indexType == null || "BTREE".equalsIgnoreCase(indexType) ? null : indexType.toLowerCase(java.util.Locale.ROOT);
    }
}
