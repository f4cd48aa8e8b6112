package dev.autogen.model;

import java.util.List;
import java.util.Objects;

/** A foreign key from {@code columns} to {@code targetColumns} of {@code targetTable}. */
public record ForeignKey(String name, List<String> columns, QualifiedName targetTable, List<String> targetColumns,
                         ReferentialAction onDelete) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(targetTable, "targetTable");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many target columns as columns");
        }
    }
}
