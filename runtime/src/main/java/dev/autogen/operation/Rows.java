package dev.autogen.operation;

import dev.autogen.model.QualifiedName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The row values {@link BulkInsert} and {@link DeleteRows} carry: copied (nulls allowed) and checked for width. */
final class Rows {
    private Rows() {
    }

    static List<List<Object>> copy(QualifiedName table, List<String> columns, List<List<Object>> rows) {
        List<List<Object>> copy = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : copy) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row for " + table + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
        return copy;
    }
}
