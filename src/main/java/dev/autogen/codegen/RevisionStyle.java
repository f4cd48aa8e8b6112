package dev.autogen.codegen;

import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.QualifiedName;

/**
 * How a revision writes column types: as {@code Types} of the portable vocabulary (or one dialect's own type),
 * or, where this gives {@code null}, as the column's SQL type string.
 */
@FunctionalInterface
public interface RevisionStyle {

    /** The portable (or dialect-specific) type of {@code column} of {@code table}, or {@code null} for its SQL string. */
    ColumnType type(QualifiedName table, Column column);

    /** The SQL standard's type names read as portable types ({@link StandardTypes}); other types stay strings. */
    RevisionStyle STANDARD = (table, column) -> StandardTypes.of(column.type());
}
