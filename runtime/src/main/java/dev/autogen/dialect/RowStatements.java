package dev.autogen.dialect;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.BulkInsert;
import dev.autogen.operation.DeleteRows;
import dev.autogen.operation.IrreversibleSql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data statements of every renderer (all are built on {@link StandardRenderer}), through that dialect's
 * quoting and literals: seed rows, their deletion, and the version-table statements.
 */
public final class RowStatements {
    private final DdlRenderer renderer;

    public RowStatements(DdlRenderer renderer) {
        this.renderer = renderer;
    }

    /** One multi-row {@code INSERT}; nothing for no rows. */
    public List<SqlStatement> insertRows(BulkInsert op) {
        if (op.rows().isEmpty()) {
            return List.of();
        }
        String values = op.rows().stream()
                .map(row -> row.stream().map(renderer::literal).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", "));
        return List.of(SqlStatement.of("INSERT INTO " + renderer.qualify(op.table()) + " (" + columns(op.columns())
                + ") VALUES " + values));
    }

    /**
     * One {@code DELETE} for all the rows, each matched on every column ({@code IS NULL} for null values); nothing
     * for no rows.
     */
    public List<SqlStatement> deleteRows(DeleteRows op) {
        if (op.rows().isEmpty()) {
            return List.of();
        }
        List<String> rowConditions = new ArrayList<>();
        for (List<Object> row : op.rows()) {
            List<String> conditions = new ArrayList<>();
            for (int i = 0; i < op.columns().size(); i++) {
                Object value = row.get(i);
                String column = renderer.quote(op.columns().get(i));
                conditions.add(value == null ? column + " IS NULL" : column + " = " + renderer.literal(value));
            }
            rowConditions.add("(" + String.join(" AND ", conditions) + ")");
        }
        return List.of(SqlStatement.of("DELETE FROM " + renderer.qualify(op.table()) + " WHERE "
                + String.join(" OR ", rowConditions)));
    }

    /** Rendering the reverse of hand-written SQL that has none is an error. */
    public List<SqlStatement> irreversible(IrreversibleSql op) {
        throw new AutogenException(ErrorKind.REVISION, "The hand-written SQL '" + op.originalSql()
                + "' has no reverse, so this downgrade cannot run; replace op.irreversible(...) in the revision's downgrade() with op.execute(...) that undoes it.");
    }

    public String select(QualifiedName table, List<String> columns) {
        return "SELECT " + columns(columns) + " FROM " + renderer.qualify(table);
    }

    public String insert(QualifiedName table, List<String> columns) {
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + renderer.qualify(table) + " (" + columns(columns) + ") VALUES (" + marks + ")";
    }

    public String deleteWhere(QualifiedName table, String column) {
        return "DELETE FROM " + renderer.qualify(table) + " WHERE " + renderer.quote(column) + " = ?";
    }

    /** The quoted column names, comma separated. */
    public String columns(List<String> names) {
        return names.stream().map(renderer::quote).collect(Collectors.joining(", "));
    }
}
