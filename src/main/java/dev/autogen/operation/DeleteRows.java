package dev.autogen.operation;

import dev.autogen.model.*;

import java.util.List;

/** Deletes the rows whose columns equal the given values; the reverse of {@link BulkInsert}. */
public record DeleteRows(QualifiedName table, List<String> columns, List<List<Object>> rows) implements Operation {
    public DeleteRows {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row for " + table + " has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }

    @Override
    public Operation reverse() {
        return new BulkInsert(table, columns, rows);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDeleteRows(this);
    }
}
