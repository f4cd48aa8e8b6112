package dev.autogen.dialect;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows of a dialect's catalog queries (one query per object kind, rows ordered by table and
 * position) into {@link Table} records. Rows for tables not registered with {@link #addTable} are ignored.
 */
public final class CatalogTables {
    private final Map<QualifiedName, Parts> tables = new LinkedHashMap<>();

    /** The action for a catalog's {@code DELETE_RULE} text ({@code SET NULL}, {@code CASCADE}, ...). */
    public static ReferentialAction action(String rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        for (ReferentialAction action : ReferentialAction.values()) {
            if (action.sql().equalsIgnoreCase(rule.strip())) {
                return action;
            }
        }
        return ReferentialAction.NO_ACTION;
    }

    /**
     * The ON UPDATE action for a catalog's {@code UPDATE_RULE}. MariaDB and H2 report {@code RESTRICT} for a key
     * declared without ON UPDATE and treat RESTRICT and NO ACTION alike, so both read as {@code NO_ACTION}.
     */
    public static ReferentialAction updateAction(String rule) {
        ReferentialAction action = action(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    public void addTable(QualifiedName name, String comment) {
        tables.put(name, new Parts(comment));
    }

    public void addColumn(QualifiedName table, Column column) {
        with(table, p -> p.columns.add(column));
    }

    /** Replaces the column named like {@code column}, keeping its position. */
    public void replaceColumn(QualifiedName table, Column column) {
        with(table, p -> p.columns.replaceAll(c -> c.name().equals(column.name()) ? column : c));
    }

    public void addPrimaryKeyColumn(QualifiedName table, String constraint, String column) {
        with(table, p -> {
            p.pkName = constraint;
            p.pkColumns.add(column);
        });
    }

    public void addUniqueColumn(QualifiedName table, String constraint, String column) {
        with(table, p -> p.uniques.computeIfAbsent(constraint, k -> new ArrayList<>()).add(column));
    }

    public void addForeignKeyColumn(QualifiedName table, String constraint, String column, QualifiedName target,
                                    String targetColumn, ReferentialAction onDelete) {
        addForeignKeyColumn(table, constraint, column, target, targetColumn, onDelete, ReferentialAction.NO_ACTION);
    }

    public void addForeignKeyColumn(QualifiedName table, String constraint, String column, QualifiedName target,
                                    String targetColumn, ReferentialAction onDelete, ReferentialAction onUpdate) {
        with(table, p -> {
            ForeignKeyParts fk = p.foreignKeys.computeIfAbsent(constraint,
                    k -> new ForeignKeyParts(target, onDelete, onUpdate));
            fk.columns.add(column);
            fk.targetColumns.add(targetColumn);
        });
    }

    public void addCheck(QualifiedName table, CheckConstraint check) {
        with(table, p -> p.checks.add(check));
    }

    public List<Column> columns(QualifiedName table) {
        Parts parts = tables.get(table);
        return parts == null ? List.of() : List.copyOf(parts.columns);
    }

    public void addIndexColumn(QualifiedName table, String index, boolean unique, IndexColumn column) {
        addIndexColumn(table, index, unique, null, column);
    }

    /** An index key; {@code method} is the index type in lower case, {@code null} for the default (btree). */
    public void addIndexColumn(QualifiedName table, String index, boolean unique, String method, IndexColumn column) {
        with(table, p -> p.indexes.computeIfAbsent(index, k -> new IndexParts(unique, method)).columns.add(column));
    }

    public List<Table> build() {
        List<Table> result = new ArrayList<>();
        tables.forEach((name, p) -> {
            PrimaryKey pk = p.pkColumns.isEmpty() ? null : new PrimaryKey(p.pkName, p.pkColumns);
            List<ForeignKey> fks = new ArrayList<>();
            p.foreignKeys.forEach((n, fk) -> fks.add(new ForeignKey(n, fk.columns, fk.target, fk.targetColumns, fk.onDelete,
                    fk.onUpdate, null)));
            List<UniqueConstraint> uniques = new ArrayList<>();
            p.uniques.forEach((n, cols) -> uniques.add(new UniqueConstraint(n, cols)));
            List<Index> indexes = new ArrayList<>();
            p.indexes.forEach((n, ix) -> indexes.add(new Index(n, ix.columns, ix.unique, null, ix.method, List.of(), null)));
            result.add(new Table(name, p.columns, pk, fks, uniques, indexes, p.checks, p.comment));
        });
        return result;
    }

    private void with(QualifiedName table, java.util.function.Consumer<Parts> action) {
        Parts parts = tables.get(table);
        if (parts != null) {
            action.accept(parts);
        }
    }

    private static final class Parts {
        final String comment;
        final List<Column> columns = new ArrayList<>();
        String pkName;
        final List<String> pkColumns = new ArrayList<>();
        final Map<String, List<String>> uniques = new LinkedHashMap<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();

        Parts(String comment) {
            this.comment = comment;
        }
    }

    private static final class ForeignKeyParts {
        final QualifiedName target;
        final ReferentialAction onDelete;
        final ReferentialAction onUpdate;
        final List<String> columns = new ArrayList<>();
        final List<String> targetColumns = new ArrayList<>();

        ForeignKeyParts(QualifiedName target, ReferentialAction onDelete, ReferentialAction onUpdate) {
            this.target = target;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
        }
    }

    private static final class IndexParts {
        final boolean unique;
        final String method;
        final List<IndexColumn> columns = new ArrayList<>();

        IndexParts(boolean unique, String method) {
            this.unique = unique;
            this.method = method;
        }
    }
}
