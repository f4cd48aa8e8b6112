package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropIndex;
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
            builtConcurrently(op, true).ifPresent(names::add);
        }
        List<String> invalid = invalid(connection, names);
        if (!invalid.isEmpty()) {
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, what + " creates index"
                    + (invalid.size() == 1 ? " " : "es ") + String.join(", ", invalid) + ", but the database has "
                    + (invalid.size() == 1 ? "an INVALID index" : "INVALID indexes") + " of that name, left by a failed"
                    + " CREATE INDEX CONCURRENTLY (it is not used by queries and slows every write). Drop it with "
                    + invalid.stream().map(n -> "DROP INDEX CONCURRENTLY " + n + ";").reduce((a, b) -> a + " " + b).orElseThrow()
                    + " and run the upgrade again. Nothing was changed.");
        }
    }

    /**
     * After {@code op}'s concurrent build ran out of lock time: drops the INVALID index it left (the check before the
     * revision ran found none of that name, so it is this build's), on a connection in autocommit. True when the
     * statement can run again: a concurrent build or drop of an index.
     */
    static boolean dropLeftover(Connection connection, Operation op) throws SQLException {
        if (op instanceof DropIndex drop) {
            return drop.concurrently(); // a failed DROP INDEX CONCURRENTLY leaves the index, which it drops again
        }
        java.util.Optional<String> name = builtConcurrently(op, false);
        if (name.isEmpty()) {
            return false;
        }
        for (String index : invalid(connection, List.of(name.get()))) {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
            }
        }
        return true;
    }

    /** The name of the index {@code op} builds concurrently ({@code any}: or at all), if it builds one. */
    private static java.util.Optional<String> builtConcurrently(Operation op, boolean any) {
        if (op instanceof CreateIndex create && (any || create.concurrently())) {
            return java.util.Optional.of(create.index().name());
        }
        if (op instanceof AddUniqueConstraint unique && unique.concurrently()) {
            return java.util.Optional.of(unique.constraint().name()); // its index has the constraint's name
        }
        return java.util.Optional.empty();
    }

    /** Those of {@code names} the database holds as INVALID indexes, qualified. */
    private static List<String> invalid(Connection connection, List<String> names) throws SQLException {
        List<String> invalid = new ArrayList<>();
        if (names.isEmpty()) {
            return invalid;
        }
        try (PreparedStatement s = connection.prepareStatement(PostgresCatalog.INVALID_INDEXES)) {
            s.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    invalid.add(PostgresSyntax.qualify(new QualifiedName(rs.getString(1), rs.getString(2))));
                }
            }
        }
        return invalid;
    }
}
