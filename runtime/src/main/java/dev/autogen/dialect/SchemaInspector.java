package dev.autogen.dialect;

import dev.autogen.model.SchemaModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live database's catalog into the neutral model. Implementations live in their dialect's package
 * and send a fixed number of catalog queries however many tables there are.
 *
 * <p>Objects in the default schema (the first of {@code schemas}, or the connection's current schema when
 * {@code schemas} is empty) get a {@code null} schema in their {@code QualifiedName}, exactly as the entity
 * side leaves them; objects in any other listed schema carry its name.
 */
public interface SchemaInspector {
    SchemaModel inspect(Connection connection, List<String> schemas) throws SQLException;

    /**
     * The objects of {@code schemas} that {@link #inspect} reads past because the model cannot express them, in an
     * order in which they can be created (after the tables), each with its DDL where the database gives it. Only a
     * baseline asks (one more query); a dialect that reads none returns an empty list.
     */
    default List<UnmodelledObject> unmodelled(Connection connection, List<String> schemas) throws SQLException {
        return List.of();
    }
}
