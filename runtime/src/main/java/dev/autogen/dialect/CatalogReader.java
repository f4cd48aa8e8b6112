package dev.autogen.dialect;

import dev.autogen.model.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Runs an inspector's catalog queries over the schemas being read and names what it finds: objects in the
 * default schema (the first listed) get a {@code null} schema. A query's {@code {schemas}} marker becomes one
 * {@code ?} per schema, bound in order.
 */
public final class CatalogReader {
    private final Connection connection;
    private final List<String> schemas;

    /** Reads {@code schemas}; the first is the default schema. */
    public CatalogReader(Connection connection, List<String> schemas) {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("a catalog read needs at least the default schema");
        }
        this.connection = connection;
        this.schemas = List.copyOf(schemas);
    }

    /** The model name for an object of catalog schema {@code schema}. */
    public QualifiedName name(String schema, String name) {
        return new QualifiedName(schemas.get(0).equals(schema) ? null : schema, name);
    }

    /** Runs {@code sql} (one statement) and hands each row to {@code reader}. */
    public void rows(String sql, RowReader reader) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("{schemas}", marks))) {
            for (int i = 0; i < schemas.size(); i++) {
                statement.setString(i + 1, schemas.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Reads one catalog row. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
