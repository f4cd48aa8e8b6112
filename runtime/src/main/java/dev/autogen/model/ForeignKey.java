package dev.autogen.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} to {@code targetColumns} of {@code targetTable}, with what it does when the
 * referenced row is deleted ({@code onDelete}) or its key is updated ({@code onUpdate}), and when it is checked
 * ({@code deferral}; only PostgreSQL has deferrable constraints).
 */
public record ForeignKey(String name, List<String> columns, QualifiedName targetTable, List<String> targetColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(targetTable, "targetTable");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many target columns as columns");
        }
    }

    /** A foreign key with no ON UPDATE action that is checked immediately. */
    public ForeignKey(String name, List<String> columns, QualifiedName targetTable, List<String> targetColumns,
                      ReferentialAction onDelete) {
        this(name, columns, targetTable, targetColumns, onDelete, ReferentialAction.NO_ACTION, Deferral.NOT_DEFERRABLE);
    }
}
