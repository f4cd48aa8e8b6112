package dev.autogen.operation;

import dev.autogen.model.*;

import java.util.List;

/** Inserts literal rows (seed data); its reverse deletes exactly those rows. */
public record BulkInsert(QualifiedName table, List<String> columns, List<List<Object>> rows) implements Operation {
    public BulkInsert {
        columns = List.copyOf(columns);
        rows = Rows.copy(table, columns, rows);
    }

    @Override
    public Operation reverse() {
        return new DeleteRows(table, columns, rows);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }
}
