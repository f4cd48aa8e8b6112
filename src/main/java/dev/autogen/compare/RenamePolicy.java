package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUniqueConstraint;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.operation.PlanPolicy;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameUniqueConstraint;
import dev.autogen.operation.RenameTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the drop and the add of a renamed table or column into a {@link RenameTable} or {@link RenameColumn}, so
 * the rows stay. It only writes the renames it is given ({@link Rename}: on evidence, the user's answer or
 * {@code --rename}); it never guesses. A renamed table is then compared with its new definition, so what else
 * changed is written too; a renamed column whose type, nullability or default changed as well gets its
 * {@code AlterColumn}. Indexes, keys and constraints the comparator dropped and added again only because a name
 * they use changed are left alone (the database renames them along). Drops name the objects as they are before
 * the renames and everything else as they are after them, as the statement order runs them
 * ({@link StatementOrder#beforeRenames}), so the plan's reverse renames back before it recreates what was dropped.
 * A rename whose drop and add the plan does not hold is left out.
 */
public final class RenamePolicy implements PlanPolicy {
    private final List<Rename> renames;
    private final TableComparer tables;
    private final ColumnComparer columns;
    private final SchemaModel database;
    private final SchemaModel target;

    /** A policy that writes {@code renames}, and no index renames (it does not see the models). */
    public RenamePolicy(List<Rename> renames, TypeNormaliser types) {
        this(renames, types, SchemaModel.empty(), SchemaModel.empty());
    }

    /**
     * A policy that writes {@code renames} into the plan between {@code database} and {@code target}, and renames
     * the indexes and unique constraints of renamed tables and on renamed columns whose names the entities derive
     * anew (the same definition under another name), so they follow the rename.
     */
    public RenamePolicy(List<Rename> renames, TypeNormaliser types, SchemaModel database, SchemaModel target) {
        this.renames = List.copyOf(renames);
        this.tables = new TableComparer(types);
        this.columns = new ColumnComparer(types);
        this.database = database;
        this.target = target;
    }

    @Override
    public Plan apply(Plan plan) {
        List<Operation> ops = new ArrayList<>(plan.operations());
        List<Operation> out = new ArrayList<>();
        Names forward = new Names(applicable(ops));
        for (Rename r : forward.renames) {
            if (r.isTable()) {
                renameTable(r, forward, ops, out);
            }
        }
        Set<QualifiedName> renamedColumns = new LinkedHashSet<>();
        for (Rename r : forward.renames) {
            if (!r.isTable() && !forward.tables.containsValue(r.table())) {
                renameColumn(r, ops, out);
                renamedColumns.add(r.table());
            }
        }
        for (QualifiedName table : renamedColumns) {
            Optional<Table> before = database.table(table);
            Optional<Table> after = target.table(table);
            if (before.isPresent() && after.isPresent()) {
                Set<String> renamed = forward.columns.getOrDefault(table, Map.of()).keySet();
                Set<String> involved = new java.util.HashSet<>();
                before.get().indexes().stream().filter(i -> i.columnNames().stream().anyMatch(renamed::contains))
                        .forEach(i -> involved.add(i.name()));
                before.get().uniqueConstraints().stream().filter(u -> u.columns().stream().anyMatch(renamed::contains))
                        .forEach(u -> involved.add(u.name()));
                renameDerived(forward.table(before.get()), after.get(), involved, out);
            }
        }
        dropUnchanged(forward, ops);
        out.addAll(ops);
        return new Plan(out);
    }

    /** The renames this policy writes into {@code plan}: those whose drop and add it holds. */
    public List<Rename> applicable(Plan plan) {
        return applicable(plan.operations());
    }

    private List<Rename> applicable(List<Operation> ops) {
        Map<QualifiedName, Pair> renamedTables = new HashMap<>();
        List<Rename> found = new ArrayList<>();
        for (Rename r : renames) {
            if (r.isTable()) {
                Optional<Table> dropped = table(ops, r.table(), true);
                Optional<Table> created = table(ops, r.newTable(), false);
                if (dropped.isPresent() && created.isPresent()) {
                    renamedTables.put(r.newTable(), new Pair(dropped.get(), created.get()));
                    found.add(r);
                }
            }
        }
        for (Rename r : renames) {
            if (r.isTable()) {
                continue;
            }
            Pair both = renamedTables.get(r.table());
            boolean holds = both == null
                    ? dropColumn(ops, r.table(), r.column()).isPresent() && addColumn(ops, r.table(), r.to()).isPresent()
                    : both.dropped().column(r.column()).isPresent() && both.created().column(r.to()).isPresent()
                    && both.created().column(r.column()).isEmpty();
            if (holds) {
                found.add(r);
            }
        }
        return found;
    }

    /** A renamed table as the plan drops it and as it creates it. */
    private record Pair(Table dropped, Table created) {
    }

    /** The table {@code ops} drops ({@code dropped}) or creates under {@code name}. */
    static Optional<Table> table(List<Operation> ops, QualifiedName name, boolean dropped) {
        for (Operation op : ops) {
            if (dropped && op instanceof DropTable d && d.table().name().equals(name)) {
                return Optional.of(d.table());
            }
            if (!dropped && op instanceof CreateTable c && c.table().name().equals(name)) {
                return Optional.of(c.table());
            }
        }
        return Optional.empty();
    }

    private void renameTable(Rename r, Names forward, List<Operation> ops, List<Operation> out) {
        Table old = full(r.table(), ops, true);
        Table now = full(r.newTable(), ops, false);
        out.add(new RenameTable(r.table(), r.to()));
        for (Map.Entry<String, String> c : forward.columns.getOrDefault(r.newTable(), Map.of()).entrySet()) {
            out.add(new RenameColumn(r.newTable(), c.getKey(), c.getValue()));
        }
        // drops name the table as it was, the rest as it is after the renames
        List<Operation> before = new ArrayList<>();
        tables.compare(List.of(old), List.of(forward.inverse().table(now)), before);
        before.stream().filter(StatementOrder::beforeRenames).forEach(out::add);
        List<Operation> after = new ArrayList<>();
        tables.compare(List.of(forward.table(old)), List.of(now), after);
        after.stream().filter(op -> !StatementOrder.beforeRenames(op)).forEach(out::add);
        Set<String> all = new java.util.HashSet<>();
        old.indexes().forEach(i -> all.add(i.name()));
        old.uniqueConstraints().forEach(u -> all.add(u.name()));
        renameDerived(forward.table(old), now, all, out);
    }

    /**
     * A {@link RenameIndex} or {@link RenameUniqueConstraint} for each index or unique constraint named in
     * {@code involved} that {@code target} has under another name with the same definition (as the comparer judges
     * it): a name the entities derive from the renamed table or column.
     */
    private void renameDerived(Table renamed, Table target, Set<String> involved, List<Operation> out) {
        QualifiedName t = target.name();
        renameDerived(renamed.indexes(), target.indexes(), Index::name, involved,
                (index, name) -> new CreateIndex(t, new Index(name, index.columns(), index.unique(), index.where(),
                        index.method(), index.include(), index.definition()), false),
                (from, to) -> new RenameIndex(t, from, to), out);
        renameDerived(renamed.uniqueConstraints(), target.uniqueConstraints(), UniqueConstraint::name, involved,
                (unique, name) -> new AddUniqueConstraint(t, new UniqueConstraint(name, unique.columns())),
                (from, to) -> new RenameUniqueConstraint(t, from, to), out);
    }

    /**
     * @param add    the add of an object under a name, whose comparison with the target's add tells equal definitions
     * @param rename the rename from one name to another
     */
    private <T> void renameDerived(List<T> renamed, List<T> wanted, Function<T, String> name, Set<String> involved,
                                   BiFunction<T, String, Operation> add, BiFunction<String, String, Operation> rename,
                                   List<Operation> out) {
        Set<String> names = renamed.stream().map(name).collect(Collectors.toSet());
        Set<String> taken = new java.util.HashSet<>();
        for (T object : renamed) {
            String from = name.apply(object);
            if (from == null || !involved.contains(from) || wanted.stream().anyMatch(w -> from.equals(name.apply(w)))) {
                continue;
            }
            for (T target : wanted) {
                String to = name.apply(target);
                if (to != null && !names.contains(to) && !taken.contains(to)
                        && unchanged(add.apply(object, to), add.apply(target, to))) {
                    taken.add(to);
                    out.add(rename.apply(from, to));
                    break;
                }
            }
        }
    }

    /**
     * The whole table a {@code DropTable} ({@code dropped}) or {@code CreateTable} carries, with the foreign keys and
     * indexes the comparator wrote as operations of their own; those operations leave {@code ops}.
     */
    private static Table full(QualifiedName name, List<Operation> ops, boolean dropped) {
        Table table = null;
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (var it = ops.iterator(); it.hasNext(); ) {
            Operation op = it.next();
            if (dropped && op instanceof DropTable d && d.table().name().equals(name)) {
                table = d.table();
            } else if (!dropped && op instanceof CreateTable c && c.table().name().equals(name)) {
                table = c.table();
            } else if (dropped && op instanceof DropIndex d && d.table().equals(name)) {
                indexes.add(d.index());
            } else if (!dropped && op instanceof CreateIndex c && c.table().equals(name)) {
                indexes.add(c.index());
            } else if (dropped && op instanceof DropForeignKey d && d.table().equals(name)) {
                fks.add(d.foreignKey());
            } else if (!dropped && op instanceof AddForeignKey a && a.table().equals(name)) {
                fks.add(a.foreignKey());
            } else {
                continue;
            }
            it.remove();
        }
        return table.withIndexes(indexes).withForeignKeys(fks);
    }

    private void renameColumn(Rename r, List<Operation> ops, List<Operation> out) {
        DropColumn drop = dropColumn(ops, r.table(), r.column()).orElseThrow();
        AddColumn add = addColumn(ops, r.table(), r.to()).orElseThrow();
        ops.remove(drop);
        ops.remove(add);
        out.add(new RenameColumn(r.table(), r.column(), r.to()));
        Column renamed = rename(drop.column(), r.to());
        columns.compare(Table.of(r.table(), List.of(renamed)), Table.of(r.table(), List.of(add.column())), out);
    }

    static Optional<DropColumn> dropColumn(List<Operation> ops, QualifiedName table, String column) {
        return ops.stream().filter(op -> op instanceof DropColumn d && d.table().equals(table)
                && d.column().name().equals(column)).map(DropColumn.class::cast).findFirst();
    }

    static Optional<AddColumn> addColumn(List<Operation> ops, QualifiedName table, String column) {
        return ops.stream().filter(op -> op instanceof AddColumn a && a.table().equals(table)
                && a.column().name().equals(column)).map(AddColumn.class::cast).findFirst();
    }

    static Column rename(Column c, String name) {
        return new Column(name, c.type(), c.nullable(), c.defaultValue(), c.identity(), c.comment(), c.generated(),
                c.collation(), c.identityOptions());
    }

    /**
     * Removes each drop of an index, key or constraint whose add follows it unchanged but for the renamed names it
     * uses (as the comparer judges it): renaming a table or column renames it in those objects too.
     */
    private void dropUnchanged(Names forward, List<Operation> ops) {
        for (Operation op : List.copyOf(ops)) {
            Optional<Operation> expected = forward.addOf(op);
            if (expected.isEmpty() || !ops.contains(op)) {
                continue;
            }
            for (Operation add : List.copyOf(ops)) {
                if (add.getClass() == expected.get().getClass() && unchanged(expected.get(), add)) {
                    ops.remove(op);
                    ops.remove(add);
                    break;
                }
            }
        }
    }

    /** Whether the comparer finds nothing to change between the objects two adds of the same kind create. */
    private boolean unchanged(Operation a, Operation b) {
        Optional<Table> left = holding(a);
        Optional<Table> right = holding(b);
        if (left.isEmpty() || right.isEmpty() || !left.get().name().equals(right.get().name())) {
            return false;
        }
        List<Operation> diff = new ArrayList<>();
        tables.compare(List.of(left.get()), List.of(right.get()), diff);
        return diff.isEmpty();
    }

    /** A table holding only what {@code add} adds. */
    private static Optional<Table> holding(Operation add) {
        if (add instanceof CreateIndex c) {
            return Optional.of(Table.of(c.table(), List.of()).withIndexes(List.of(c.index())));
        } else if (add instanceof AddForeignKey a) {
            return Optional.of(Table.of(a.table(), List.of()).withForeignKeys(List.of(a.foreignKey())));
        } else if (add instanceof AddUniqueConstraint a) {
            return Optional.of(Table.of(a.table(), List.of()).withUniqueConstraints(List.of(a.constraint())));
        } else if (add instanceof AddPrimaryKey a) {
            return Optional.of(Table.of(a.table(), List.of()).withPrimaryKey(a.primaryKey()));
        } else if (add instanceof AddCheckConstraint a) {
            return Optional.of(Table.of(a.table(), List.of()).withChecks(List.of(a.constraint())));
        }
        return Optional.empty();
    }

    /** Old names to new ones (or back, {@link #inverse}): tables, and columns per table under its new name. */
    private static final class Names {
        final List<Rename> renames;
        final Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

        Names(List<Rename> renames) {
            this.renames = renames;
            for (Rename r : renames) {
                if (r.isTable()) {
                    tables.put(r.table(), r.newTable());
                } else {
                    columns.computeIfAbsent(r.table(), t -> new java.util.LinkedHashMap<>()).put(r.column(), r.to());
                }
            }
        }

        private Names(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {
            this.renames = List.of();
            this.tables.putAll(tables);
            this.columns.putAll(columns);
        }

        Names inverse() {
            Map<QualifiedName, QualifiedName> back = new HashMap<>();
            tables.forEach((from, to) -> back.put(to, from));
            Map<QualifiedName, Map<String, String>> cols = new HashMap<>();
            columns.forEach((table, map) -> {
                Map<String, String> inverted = new java.util.LinkedHashMap<>();
                map.forEach((from, to) -> inverted.put(to, from));
                cols.put(back.getOrDefault(table, table), inverted);
            });
            return new Names(back, cols);
        }

        QualifiedName name(QualifiedName table) {
            return tables.getOrDefault(table, table);
        }

        /** {@code column} of the table named {@code table} before, as named after. */
        String column(QualifiedName table, String column) {
            return columns.getOrDefault(name(table), Map.of()).getOrDefault(column, column);
        }

        List<String> columns(QualifiedName table, List<String> names) {
            return names.stream().map(c -> column(table, c)).toList();
        }

        Table table(Table t) {
            QualifiedName n = t.name();
            return new Table(name(n), t.columns().stream().map(c -> rename(c, column(n, c.name()))).toList(),
                    t.primaryKey() == null ? null : primaryKey(n, t.primaryKey()),
                    t.foreignKeys().stream().map(fk -> foreignKey(n, fk)).toList(),
                    t.uniqueConstraints().stream().map(u -> unique(n, u)).toList(),
                    t.indexes().stream().map(i -> index(n, i)).toList(),
                    t.checks().stream().map(c -> check(n, c)).toList(), t.comment(), t.partitioning());
        }

        PrimaryKey primaryKey(QualifiedName table, PrimaryKey pk) {
            return new PrimaryKey(pk.name(), columns(table, pk.columns()));
        }

        ForeignKey foreignKey(QualifiedName table, ForeignKey fk) {
            return new ForeignKey(fk.name(), columns(table, fk.columns()), name(fk.targetTable()),
                    columns(fk.targetTable(), fk.targetColumns()), fk.onDelete(), fk.onUpdate(), fk.deferral());
        }

        UniqueConstraint unique(QualifiedName table, UniqueConstraint u) {
            return new UniqueConstraint(u.name(), columns(table, u.columns()));
        }

        Index index(QualifiedName table, Index i) {
            List<IndexColumn> cols = i.columns().stream().map(c -> c.expression() ? c
                    : new IndexColumn(column(table, c.name()), c.descending(), false, c.opclass())).toList();
            return new Index(i.name(), cols, i.unique(), i.where(), i.method(), columns(table, i.include()),
                    i.definition());
        }

        CheckConstraint check(QualifiedName table, CheckConstraint c) {
            return new CheckConstraint(c.name(), c.expression(), c.column() == null ? null : column(table, c.column()));
        }

        /** The add that would recreate what {@code op} drops, once the renames ran; empty for other operations. */
        Optional<Operation> addOf(Operation op) {
            if (op instanceof DropIndex d) {
                return Optional.of(new CreateIndex(name(d.table()), index(d.table(), d.index()), d.concurrently()));
            } else if (op instanceof DropForeignKey d) {
                return Optional.of(new AddForeignKey(name(d.table()), foreignKey(d.table(), d.foreignKey()), d.notValid()));
            } else if (op instanceof DropUniqueConstraint d) {
                return Optional.of(new AddUniqueConstraint(name(d.table()), unique(d.table(), d.constraint())));
            } else if (op instanceof DropPrimaryKey d) {
                return Optional.of(new AddPrimaryKey(name(d.table()), primaryKey(d.table(), d.primaryKey())));
            } else if (op instanceof DropCheckConstraint d) {
                return Optional.of(new AddCheckConstraint(name(d.table()), check(d.table(), d.constraint()), d.notValid()));
            }
            return Optional.empty();
        }
    }
}
