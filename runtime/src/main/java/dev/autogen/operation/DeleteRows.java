package dev.autogen.operation;

import dev.autogen.model.*;

import java.util.List;

/** Deletes the rows whose columns equal the given values; the reverse of {@link BulkInsert}. */
public record DeleteRows(QualifiedName table, List<String> columns, List<List<Object>> rows) implements Operation {
    public DeleteRows {
        columns = List.copyOf(columns);
        rows = Rows.copy(table, columns, rows);
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
