package dev.autogen.dialect;

import dev.autogen.model.ColumnType;
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

    /** {@code UPDATE table SET column = ?, ... WHERE whereColumn = ?}, for the version table. */
    default String updateWhere(QualifiedName table, List<String> columns, String whereColumn) {
        return "UPDATE " + qualify(table) + " SET " + String.join(", ", columns.stream().map(c -> quote(c) + " = ?").toList())
                + " WHERE " + quote(whereColumn) + " = ?";
    }

    /** {@code SELECT COUNT(*) FROM table}, for lint's row counts. */
    default String countRows(QualifiedName table) {
        return "SELECT COUNT(*) FROM " + qualify(table);
    }

    /**
     * The SQL type this database gives a revision's column type: a portable type in this database's spelling,
     * or a type specific to this dialect as written.
     *
     * @throws dev.autogen.error.AutogenException of kind {@code REVISION} for a type specific to another dialect
     */
    String nativeType(ColumnType type, String column);

    /**
     * The check condition this database needs to hold a portable type it has no type for ({@code enumOf} on
     * PostgreSQL: {@code status in ('NEW','PAID')}, as Hibernate writes it), or {@code null}.
     */
    default String typeCheck(String column, ColumnType type) {
        return null;
    }

    /**
     * A name as a portable revision writes it (Hibernate's physical name), as this database's catalog stores it:
     * an unquoted name folded the way this database folds it, a name in double quotes or backticks kept exactly.
     */
    String foldName(String name);
}
