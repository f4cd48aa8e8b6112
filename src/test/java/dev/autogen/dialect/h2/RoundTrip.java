package dev.autogen.dialect.h2;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies an operation and then its reverse through a dialect's renderer on a live database, inspecting the
 * catalog in between: the operation must change it as expected and the reverse must restore it exactly.
 */
public final class RoundTrip {
    private final Dialect dialect;
    private final Connection connection;

    public RoundTrip(Dialect dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    public SchemaModel inspect() throws SQLException {
        return dialect.inspector().inspect(connection, List.of());
    }

    public void apply(Operation op) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : dialect.renderer().render(op)) {
                statement.execute(sql.sql());
            }
        }
    }

    /** Applies {@code op}, checks {@code changed} on the result and that it differs, then reverses it. */
    public void check(Operation op, Consumer<SchemaModel> changed) throws SQLException {
        SchemaModel start = inspect();
        apply(op);
        SchemaModel after = inspect();
        assertThat(after).as("catalog after %s", op).isNotEqualTo(start);
        changed.accept(after);
        apply(op.reverse());
        assertThat(inspect()).as("catalog after reversing %s", op).isEqualTo(start);
    }
}
