package dev.autogen.dialect;

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Turns operations into SQL for one dialect. All SQL text autogen sends is built here (or in the dialect's
 * catalog queries), with one identifier-quoting function.
 *
 * <p>{@code CreateTable} renders the table's columns, primary key, unique and check constraints and comments;
 * the table's foreign keys and indexes are separate {@code AddForeignKey}/{@code CreateIndex} operations.
 */
public interface DdlRenderer {

    /** The statements that perform {@code operation}, in order. */
    List<SqlStatement> render(Operation operation);

    /** The identifier, quoted when it needs to be (or always, as the dialect prefers). */
    String quote(String identifier);

    /** {@code schema.name} with each part quoted; a {@code null} schema renders the bare name. */
    String qualify(QualifiedName name);

    /** A SQL literal for a Java value ({@code null}, strings, numbers, booleans, temporal types). */
    String literal(Object value);

    /** {@code SELECT columns FROM table}, for reading the version table. */
    String select(QualifiedName table, List<String> columns);

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}, for the version table. */
    String insert(QualifiedName table, List<String> columns);

    /** {@code DELETE FROM table WHERE column = ?}, for the version table. */
    String deleteWhere(QualifiedName table, String column);

    /** {@code SELECT COUNT(*) FROM table}, for lint's row counts. */
    default String countRows(QualifiedName table) {
        return "SELECT COUNT(*) FROM " + qualify(table);
    }
}
