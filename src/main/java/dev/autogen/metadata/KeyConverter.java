package dev.autogen.metadata;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.UniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Converts the foreign keys, unique keys and indexes of one Hibernate table, sorted by name. */
final class KeyConverter {

    private final Names names;
    private final NamingConvention naming;

    KeyConverter(Names names, NamingConvention naming) {
        this.names = names;
        this.naming = naming;
    }

    /**
     * {@code hibernateName} in catalog spelling, or the convention's name for {@code kind} when Hibernate made the
     * name up (a hash) and a pattern is set for the kind.
     */
    private String name(String hibernateName, String kind, Table table, List<org.hibernate.mapping.Column> columns,
                        Table referred) {
        if (NamingConvention.isHibernateHash(hibernateName)) {
            String conventional = naming.name(kind, table.getName(),
                    columns.stream().map(org.hibernate.mapping.Column::getName).toList(),
                    referred == null ? null : referred.getName());
            if (conventional != null) {
                boolean quoted = table.isQuoted() || columns.stream().anyMatch(org.hibernate.mapping.Column::isQuoted);
                return names.of(Identifier.toIdentifier(conventional, quoted));
            }
        }
        return names.of(hibernateName);
    }

    List<ForeignKey> foreignKeys(Table table) {
        List<ForeignKey> result = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint() || fk.getReferencedTable() == null) {
                continue;
            }
            Table target = fk.getReferencedTable();
            List<org.hibernate.mapping.Column> targetColumns = fk.isReferenceToPrimaryKey()
                    ? target.getPrimaryKey().getColumns() : fk.getReferencedColumns();
            result.add(new ForeignKey(name(fk.getName(), "fk", table, fk.getColumns(), target),
                    fk.getColumns().stream().map(names::column).toList(),
                    names.qualified(target.getQualifiedTableName()),
                    targetColumns.stream().map(names::column).toList(),
                    action(fk.getOnDeleteAction())));
        }
        result.sort(Comparator.comparing(fk -> String.valueOf(fk.name())));
        return result;
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        switch (action) {
            case CASCADE:
                return ReferentialAction.CASCADE;
            case SET_NULL:
                return ReferentialAction.SET_NULL;
            case SET_DEFAULT:
                return ReferentialAction.SET_DEFAULT;
            case RESTRICT:
                return ReferentialAction.RESTRICT;
            case NO_ACTION:
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    List<UniqueConstraint> uniqueConstraints(Table table) {
        List<UniqueConstraint> result = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (table.isRedundantUniqueKey(key)) {
                continue;
            }
            result.add(new UniqueConstraint(name(key.getName(), "uq", table, key.getColumns(), null),
                    key.getColumns().stream().map(names::column).toList()));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column) && !coveredByUniqueKey(table, column)) {
                result.add(new UniqueConstraint(name(columnUniqueKeyName(table, column), "uq", table,
                        List.of(column), null),
                        List.of(names.column(column))));
            }
        }
        result.sort(Comparator.comparing(u -> String.valueOf(u.name())));
        return result;
    }

    private static boolean coveredByUniqueKey(Table table, org.hibernate.mapping.Column column) {
        return table.getUniqueKeys().values().stream()
                .anyMatch(key -> key.getColumns().size() == 1 && key.getColumns().get(0).equals(column));
    }

    /**
     * The name Hibernate's schema export gives the unique key of a {@code @Column(unique = true)}: the name bound
     * with the column, or the same hash of table and column names. (PostgreSQL and H2 export it inline, unnamed.)
     */
    private static String columnUniqueKeyName(Table table, org.hibernate.mapping.Column column) {
        if (column.getUniqueKeyName() != null) {
            return column.getUniqueKeyName();
        }
        return NamingHelper.INSTANCE.generateHashedConstraintName("UK", table.getNameIdentifier(),
                Identifier.toIdentifier(column.getName(), column.isQuoted()));
    }

    List<Index> indexes(Table table) {
        List<Index> result = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexColumn> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                boolean descending = "desc".equalsIgnoreCase(String.valueOf(order.get(selectable)).trim());
                if (selectable instanceof org.hibernate.mapping.Column) {
                    columns.add(new IndexColumn(names.column((org.hibernate.mapping.Column) selectable),
                            descending, false));
                } else {
                    columns.add(new IndexColumn(selectable.getText(), descending, true));
                }
            }
            List<org.hibernate.mapping.Column> keyColumns = index.getSelectables().stream()
                    .filter(org.hibernate.mapping.Column.class::isInstance)
                    .map(org.hibernate.mapping.Column.class::cast).toList();
            result.add(new Index(name(index.getName(), "ix", table, keyColumns, null), columns, index.isUnique(), null));
        }
        result.sort(Comparator.comparing(Index::name));
        return result;
    }
}
