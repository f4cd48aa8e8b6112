package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.Operation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An index a failed {@code CREATE INDEX CONCURRENTLY} left behind: PostgreSQL keeps it, marked INVALID (not used
 * by queries, still updated by every write). A revision that creates an index of that name is refused before it
 * runs, naming the index and the statement that removes it, instead of failing half-way with "already exists".
 */
final class PostgresInvalidIndexes {
    private PostgresInvalidIndexes() {
    }

    static void check(Connection connection, String what, List<Operation> operations) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof CreateIndex create) {
                names.add(create.index().name());
            } else if (op instanceof AddUniqueConstraint unique && unique.concurrently()) {
                names.add(unique.constraint().name()); // its index is built CONCURRENTLY under the constraint's name
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> invalid = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(PostgresCatalog.INVALID_INDEXES)) {
            s.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    invalid.add(PostgresSyntax.qualify(new QualifiedName(rs.getString(1), rs.getString(2))));
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, what + " creates index"
                    + (invalid.size() == 1 ? " " : "es ") + String.join(", ", invalid) + ", but the database has "
                    + (invalid.size() == 1 ? "an INVALID index" : "INVALID indexes") + " of that name, left by a failed"
                    + " CREATE INDEX CONCURRENTLY (it is not used by queries and slows every write). Drop it with "
                    + invalid.stream().map(n -> "DROP INDEX CONCURRENTLY " + n + ";").reduce((a, b) -> a + " " + b).orElseThrow()
                    + " and run the upgrade again. Nothing was changed.");
        }
    }
}
