package dev.autogen.dialect.h2;

import dev.autogen.dialect.CatalogReader;
import dev.autogen.dialect.CatalogTables;
import dev.autogen.dialect.SchemaInspector;
import dev.autogen.dialect.UnmodelledObject;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.IdentityOptions;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an H2 2.x catalog from INFORMATION_SCHEMA with {@link #QUERY_COUNT} queries whatever the number of
 * tables. Types are reported in {@link H2Types}' canonical form; defaults and check clauses as H2 prints them.
 * The migration lock's table ({@link H2Lock#TABLE}) is left out.
 */
public final class H2Inspector implements SchemaInspector {
    /** Queries sent by one {@link #inspect} call. */
    public static final int QUERY_COUNT = 8;

    private final H2Types types = new H2Types();

    @Override
    public List<UnmodelledObject> unmodelled(Connection connection, List<String> schemas) throws SQLException {
        CatalogReader read = new CatalogReader(connection, schemas.isEmpty() ? List.of(connection.getSchema()) : schemas);
        List<UnmodelledObject> objects = new ArrayList<>();
        for (String sql : List.of(H2Catalog.VIEWS, H2Catalog.TRIGGERS)) {
            read.rows(sql, rs -> objects.add(new UnmodelledObject(rs.getString("kind"), rs.getString("object_name"),
                    rs.getString("create_sql"), rs.getString("drop_sql"))));
        }
        return objects;
    }

    @Override
    public SchemaModel inspect(Connection connection, List<String> schemas) throws SQLException {
        List<String> names = schemas.isEmpty() ? List.of(connection.getSchema()) : schemas;
        CatalogReader read = new CatalogReader(connection, names);
        CatalogTables tables = new CatalogTables();
        read.rows(H2Catalog.TABLES, rs -> {
            QualifiedName name = read.name(rs.getString(1), rs.getString(2));
            if (!(name.name().equals(H2Lock.TABLE) && name.schema() == null)) {
                tables.addTable(name, rs.getString(3));
            }
        });
        Map<String, List<String>> enumValues = new HashMap<>();
        read.rows(H2Catalog.ENUM_VALUES, rs -> enumValues.computeIfAbsent(
                rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3), k -> new ArrayList<>())
                .add(rs.getString(4)));
        read.rows(H2Catalog.COLUMNS, rs -> tables.addColumn(read.name(rs.getString(1), rs.getString(2)),
                column(rs, enumValues.get(rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(13)))));
        read.rows(H2Catalog.KEYS, rs -> {
            QualifiedName table = read.name(rs.getString(1), rs.getString(2));
            if (rs.getString(4).equals("PRIMARY KEY")) {
                tables.addPrimaryKeyColumn(table, rs.getString(3), rs.getString(5));
            } else {
                tables.addUniqueColumn(table, rs.getString(3), rs.getString(5));
            }
        });
        read.rows(H2Catalog.FOREIGN_KEYS, rs -> tables.addForeignKeyColumn(read.name(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), read.name(rs.getString(6), rs.getString(7)), rs.getString(8),
                CatalogTables.action(rs.getString(5)), CatalogTables.updateAction(rs.getString(9))));
        read.rows(H2Catalog.CHECKS, rs -> tables.addCheck(read.name(rs.getString(1), rs.getString(2)),
                new CheckConstraint(rs.getString(3), rs.getString(4))));
        read.rows(H2Catalog.INDEXES, rs -> tables.addIndexColumn(read.name(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4).startsWith("UNIQUE"),
                new IndexColumn(rs.getString(5), "DESC".equals(rs.getString(6)), false)));
        List<Sequence> sequences = new ArrayList<>();
        read.rows(H2Catalog.SEQUENCES, rs -> sequences.add(new Sequence(read.name(rs.getString(1), rs.getString(2)),
                rs.getLong(3), rs.getLong(4))));
        return new SchemaModel(tables.build(), sequences, List.of());
    }

    private Column column(ResultSet rs, List<String> enumValues) throws SQLException {
        String type = sqlType(rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), enumValues);
        boolean identity = "YES".equals(rs.getString(11));
        String generated = rs.getString(14);
        return new Column(rs.getString(3), types.type(type), "YES".equals(rs.getString(9)),
                generated == null ? rs.getString(10) : null, identity, rs.getString(12), generated, null,
                identity ? new IdentityOptions(rs.getLong(15), rs.getLong(16), "YES".equals(rs.getString(17))) : null);
    }

    /** The declaration for a column's INFORMATION_SCHEMA data type and its length, precision and scale. */
    private static String sqlType(String dataType, long length, long precision, long scale, long fraction,
                                  List<String> enumValues) {
        switch (dataType) {
            case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY":
                return dataType + "(" + length + ")";
            case "NUMERIC":
                return "NUMERIC(" + precision + "," + scale + ")";
            case "DECFLOAT":
                return "DECFLOAT(" + precision + ")";
            case "TIMESTAMP", "TIME":
                return dataType + "(" + fraction + ")";
            case "TIMESTAMP WITH TIME ZONE", "TIME WITH TIME ZONE":
                return dataType.replace(" WITH", "(" + fraction + ") WITH");
            case "ENUM":
                return enumValues == null ? "ENUM" : "ENUM(" + String.join(",", enumValues.stream()
                        .map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")";
            default:
                return dataType;
        }
    }
}
