package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a model the way a strict database would: each operation must find what it expects
 * (the column it alters as {@code from}, the exact constraint it drops, the tables a foreign key needs), or it
 * throws. So applying a plan also checks that its order is valid.
 */
final class ModelApplier {
    private ModelApplier() {
    }

    static SchemaModel apply(SchemaModel model, Plan plan) {
        SchemaModel current = model;
        for (Operation op : plan.operations()) {
            current = op.accept(new Step(current));
        }
        return current;
    }

    /** The model with every list sorted, so models that differ only in order are equal. */
    static SchemaModel canonical(SchemaModel model) {
        List<Table> tables = model.tables().stream().map(t -> t
                .withColumns(sorted(t.columns()))
                .withForeignKeys(sorted(t.foreignKeys()))
                .withUniqueConstraints(sorted(t.uniqueConstraints()))
                .withIndexes(sorted(t.indexes()))
                .withChecks(sorted(t.checks()))).toList();
        return new SchemaModel(sorted(tables), sorted(model.sequences()), sorted(model.enumTypes()));
    }

    private static <T> List<T> sorted(List<T> list) {
        return list.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static <T> List<T> with(List<T> list, T item, String what) {
        if (list.contains(item)) {
            throw new IllegalStateException(what + " already exists: " + item);
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, T item, String what) {
        List<T> copy = new ArrayList<>(list);
        if (!copy.remove(item)) {
            throw new IllegalStateException(what + " to drop is not there as expected: " + item + " in " + list);
        }
        return copy;
    }

    private static final class Step implements OperationVisitor<SchemaModel> {
        private final SchemaModel model;

        Step(SchemaModel model) {
            this.model = model;
        }

        private Table table(QualifiedName name) {
            return model.table(name).orElseThrow(() -> new IllegalStateException("table " + name + " does not exist"));
        }

        private SchemaModel change(QualifiedName name, UnaryOperator<Table> change) {
            Table old = table(name);
            List<Table> tables = new ArrayList<>(model.tables());
            tables.set(tables.indexOf(old), change.apply(old));
            return new SchemaModel(tables, model.sequences(), model.enumTypes());
        }

        /** Column types named {@code enum_*} stand for enum types in these tests: the type must exist. */
        private void requireTypes(List<Column> columns) {
            for (Column c : columns) {
                if (c.type() != null && c.type().startsWith("enum_")
                        && model.enumTypes().stream().noneMatch(e -> e.name().name().equals(c.type()))) {
                    throw new IllegalStateException("enum type " + c.type() + " of column " + c.name() + " does not exist");
                }
            }
        }

        /** A key that a foreign key references cannot be dropped (PostgreSQL: other objects depend on it) unless another key covers the same columns. */
        private void requireUnreferenced(QualifiedName table, List<String> keyColumns) {
            Table owner = table(table);
            long covering = owner.uniqueConstraints().stream()
                    .filter(u -> java.util.Set.copyOf(u.columns()).equals(java.util.Set.copyOf(keyColumns))).count()
                    + (owner.primaryKey() != null && java.util.Set.copyOf(owner.primaryKey().columns()).equals(java.util.Set.copyOf(keyColumns)) ? 1 : 0);
            if (covering > 1) {
                return;
            }
            for (Table other : model.tables()) {
                for (ForeignKey fk : other.foreignKeys()) {
                    if (fk.targetTable().equals(table) && java.util.Set.copyOf(fk.targetColumns()).equals(java.util.Set.copyOf(keyColumns))) {
                        throw new IllegalStateException("cannot drop the key " + keyColumns + " of " + table + ": "
                                + other.name() + "." + fk.name() + " references it");
                    }
                }
            }
        }

        private void requireColumns(Table table, List<String> columns) {
            for (String c : columns) {
                table.column(c).orElseThrow(() -> new IllegalStateException("column " + table.name() + "." + c + " does not exist"));
            }
        }

        private void requireReferenceable(ForeignKey fk, QualifiedName from, Table self) {
            Table target = fk.targetTable().equals(from) && self != null ? self : table(fk.targetTable());
            requireColumns(target, fk.targetColumns());
        }

        @Override
        public SchemaModel visitCreateTable(CreateTable op) {
            if (model.table(op.table().name()).isPresent()) {
                throw new IllegalStateException("table " + op.table().name() + " already exists");
            }
            op.table().foreignKeys().forEach(fk -> requireReferenceable(fk, op.table().name(), op.table()));
            requireTypes(op.table().columns());
            return new SchemaModel(with(model.tables(), op.table(), "table"), model.sequences(), model.enumTypes());
        }

        @Override
        public SchemaModel visitDropTable(DropTable op) {
            Table present = table(op.table().name());
            if (!canonicalTable(present).equals(canonicalTable(op.table()))) {
                throw new IllegalStateException("table to drop differs: " + present + " vs " + op.table());
            }
            for (Table other : model.tables()) {
                for (ForeignKey fk : other.foreignKeys()) {
                    if (fk.targetTable().equals(present.name())) {
                        throw new IllegalStateException("cannot drop " + present.name() + ": " + other.name() + " references it");
                    }
                }
            }
            return new SchemaModel(without(model.tables(), present, "table"), model.sequences(), model.enumTypes());
        }

        private static Table canonicalTable(Table table) {
            return canonical(new SchemaModel(List.of(table), List.of(), List.of())).tables().get(0);
        }

        @Override
        public SchemaModel visitRenameTable(RenameTable op) {
            QualifiedName to = new QualifiedName(op.from().schema(), op.to());
            if (model.table(to).isPresent()) {
                throw new IllegalStateException("table " + to + " already exists");
            }
            table(op.from());
            // as a database does: the table and every foreign key that references it
            return renamed(t -> t.name().equals(op.from()) ? t.withName(to) : t, op.from(), to, null, null);
        }

        /** The model with {@code rename} applied to each table, and foreign keys to {@code table} following it. */
        private SchemaModel renamed(UnaryOperator<Table> rename, QualifiedName table, QualifiedName newTable,
                                    String column, String newColumn) {
            List<Table> tables = new ArrayList<>();
            for (Table t : model.tables()) {
                Table r = rename.apply(t);
                tables.add(r.withForeignKeys(r.foreignKeys().stream().map(fk -> !fk.targetTable().equals(table) ? fk
                        : new ForeignKey(fk.name(), fk.columns(), newTable, fk.targetColumns().stream()
                        .map(c -> c.equals(column) ? newColumn : c).toList(), fk.onDelete(), fk.onUpdate(),
                        fk.deferral())).toList()));
            }
            return new SchemaModel(tables, model.sequences(), model.enumTypes());
        }

        @Override
        public SchemaModel visitSetTableComment(SetTableComment op) {
            if (!Objects.equals(table(op.table()).comment(), op.from())) {
                throw new IllegalStateException("comment of " + op.table() + " is not " + op.from());
            }
            return change(op.table(), t -> t.withComment(op.to()));
        }

        @Override
        public SchemaModel visitAddColumn(AddColumn op) {
            if (table(op.table()).column(op.column().name()).isPresent()) {
                throw new IllegalStateException("column " + op.column().name() + " already exists");
            }
            requireTypes(List.of(op.column()));
            return change(op.table(), t -> t.withColumns(with(t.columns(), op.column(), "column")));
        }

        @Override
        public SchemaModel visitDropColumn(DropColumn op) {
            Table t = table(op.table());
            String c = op.column().name();
            boolean used = (t.primaryKey() != null && t.primaryKey().columns().contains(c))
                    || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c))
                    || t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(c))
                    || t.indexes().stream().anyMatch(i -> i.columnNames().contains(c));
            if (used) {
                throw new IllegalStateException("column " + op.table() + "." + c + " is still used by a key or index");
            }
            return change(op.table(), x -> x.withColumns(without(x.columns(), op.column(), "column")));
        }

        @Override
        public SchemaModel visitRenameIndex(RenameIndex op) {
            Table t = table(op.table());
            if (t.indexes().stream().noneMatch(i -> i.name().equals(op.from()))
                    || t.indexes().stream().anyMatch(i -> i.name().equals(op.to()))) {
                throw new IllegalStateException("cannot rename index " + op.from() + " of " + op.table() + " to " + op.to());
            }
            return change(op.table(), x -> x.withIndexes(x.indexes().stream().map(i -> !i.name().equals(op.from())
                    ? i : new Index(op.to(), i.columns(), i.unique(), i.where(), i.method(), i.include(), i.definition()))
                    .toList()));
        }

        @Override
        public SchemaModel visitRenameUniqueConstraint(RenameUniqueConstraint op) {
            Table t = table(op.table());
            if (t.uniqueConstraints().stream().noneMatch(u -> op.from().equals(u.name()))
                    || t.uniqueConstraints().stream().anyMatch(u -> op.to().equals(u.name()))) {
                throw new IllegalStateException("cannot rename unique constraint " + op.from() + " of " + op.table());
            }
            return change(op.table(), x -> x.withUniqueConstraints(x.uniqueConstraints().stream()
                    .map(u -> !op.from().equals(u.name()) ? u : new UniqueConstraint(op.to(), u.columns())).toList()));
        }

        @Override
        public SchemaModel visitRenameColumn(RenameColumn op) {
            Table t = table(op.table());
            if (t.column(op.from()).isEmpty() || t.column(op.to()).isPresent()) {
                throw new IllegalStateException("cannot rename column " + op.from() + " of " + op.table() + " to " + op.to());
            }
            UnaryOperator<String> name = c -> c.equals(op.from()) ? op.to() : c;
            UnaryOperator<List<String>> names = l -> l.stream().map(name).toList();
            // as a database does: the column, and the keys, constraints and indexes that use it
            return renamed(x -> !x.name().equals(op.table()) ? x : new Table(x.name(), x.columns().stream()
                    .map(c -> RenamePolicy.rename(c, name.apply(c.name()))).toList(),
                    x.primaryKey() == null ? null : new PrimaryKey(x.primaryKey().name(), names.apply(x.primaryKey().columns())),
                    x.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), names.apply(fk.columns()),
                            fk.targetTable(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferral())).toList(),
                    x.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()))).toList(),
                    x.indexes().stream().map(i -> new Index(i.name(), i.columns().stream().map(c -> c.expression() ? c
                            : new IndexColumn(name.apply(c.name()), c.descending(), false, c.opclass())).toList(),
                            i.unique(), i.where(), i.method(), i.include(), i.definition())).toList(),
                    x.checks().stream().map(c -> new CheckConstraint(c.name(), c.expression(),
                            c.column() == null ? null : name.apply(c.column()))).toList(), x.comment(), x.partitioning()),
                    op.table(), op.table(), op.from(), op.to());
        }

        @Override
        public SchemaModel visitAlterColumn(AlterColumn op) {
            if (!op.from().name().equals(op.to().name())) {
                throw new IllegalStateException("AlterColumn cannot rename");
            }
            requireTypes(List.of(op.to()));
            return change(op.table(), t -> {
                List<Column> columns = new ArrayList<>(t.columns());
                int i = columns.indexOf(op.from());
                if (i < 0) {
                    throw new IllegalStateException("column to alter is not " + op.from());
                }
                columns.set(i, op.to());
                return t.withColumns(columns);
            });
        }

        @Override
        public SchemaModel visitAddPrimaryKey(AddPrimaryKey op) {
            Table t = table(op.table());
            if (t.primaryKey() != null) {
                throw new IllegalStateException(op.table() + " already has a primary key");
            }
            requireColumns(t, op.primaryKey().columns());
            return change(op.table(), x -> x.withPrimaryKey(op.primaryKey()));
        }

        @Override
        public SchemaModel visitDropPrimaryKey(DropPrimaryKey op) {
            if (!op.primaryKey().equals(table(op.table()).primaryKey())) {
                throw new IllegalStateException("primary key to drop is not " + op.primaryKey());
            }
            requireUnreferenced(op.table(), op.primaryKey().columns());
            return change(op.table(), x -> x.withPrimaryKey(null));
        }

        @Override
        public SchemaModel visitAddForeignKey(AddForeignKey op) {
            requireColumns(table(op.table()), op.foreignKey().columns());
            requireReferenceable(op.foreignKey(), op.table(), null);
            return change(op.table(), t -> t.withForeignKeys(with(t.foreignKeys(), op.foreignKey(), "foreign key")));
        }

        @Override
        public SchemaModel visitDropForeignKey(DropForeignKey op) {
            return change(op.table(), t -> t.withForeignKeys(without(t.foreignKeys(), op.foreignKey(), "foreign key")));
        }

        @Override
        public SchemaModel visitAddUniqueConstraint(AddUniqueConstraint op) {
            requireColumns(table(op.table()), op.constraint().columns());
            return change(op.table(), t -> t.withUniqueConstraints(with(t.uniqueConstraints(), op.constraint(), "unique")));
        }

        @Override
        public SchemaModel visitDropUniqueConstraint(DropUniqueConstraint op) {
            requireUnreferenced(op.table(), op.constraint().columns());
            return change(op.table(), t -> t.withUniqueConstraints(without(t.uniqueConstraints(), op.constraint(), "unique")));
        }

        @Override
        public SchemaModel visitAddCheckConstraint(AddCheckConstraint op) {
            return change(op.table(), t -> t.withChecks(with(t.checks(), op.constraint(), "check")));
        }

        @Override
        public SchemaModel visitDropCheckConstraint(DropCheckConstraint op) {
            return change(op.table(), t -> t.withChecks(without(t.checks(), op.constraint(), "check")));
        }

        @Override
        public SchemaModel visitValidateConstraint(ValidateConstraint op) {
            table(op.table());
            return model; // validation checks rows; the schema stays as it is
        }

        @Override
        public SchemaModel visitCreateIndex(CreateIndex op) {
            requireColumns(table(op.table()), op.index().columns().stream()
                    .filter(k -> !k.expression()).map(IndexColumn::name).toList());
            return change(op.table(), t -> t.withIndexes(with(t.indexes(), op.index(), "index")));
        }

        @Override
        public SchemaModel visitDropIndex(DropIndex op) {
            return change(op.table(), t -> t.withIndexes(without(t.indexes(), op.index(), "index")));
        }

        @Override
        public SchemaModel visitCreateSequence(CreateSequence op) {
            return new SchemaModel(model.tables(), with(model.sequences(), op.sequence(), "sequence"), model.enumTypes());
        }

        @Override
        public SchemaModel visitDropSequence(DropSequence op) {
            return new SchemaModel(model.tables(), without(model.sequences(), op.sequence(), "sequence"), model.enumTypes());
        }

        @Override
        public SchemaModel visitAlterSequence(AlterSequence op) {
            List<Sequence> sequences = without(model.sequences(), op.from(), "sequence");
            return new SchemaModel(model.tables(), with(sequences, op.to(), "sequence"), model.enumTypes());
        }

        @Override
        public SchemaModel visitCreateEnumType(CreateEnumType op) {
            return new SchemaModel(model.tables(), model.sequences(), with(model.enumTypes(), op.enumType(), "enum type"));
        }

        @Override
        public SchemaModel visitDropEnumType(DropEnumType op) {
            String name = op.enumType().name().name();
            if (model.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> name.equals(c.type()))) {
                throw new IllegalStateException("enum type " + name + " is still used by a column");
            }
            return new SchemaModel(model.tables(), model.sequences(), without(model.enumTypes(), op.enumType(), "enum type"));
        }

        @Override
        public SchemaModel visitAlterEnumType(AlterEnumType op) {
            List<EnumType> types = without(model.enumTypes(), op.from(), "enum type");
            return new SchemaModel(model.tables(), model.sequences(), with(types, op.to(), "enum type"));
        }

        @Override
        public SchemaModel visitBulkInsert(BulkInsert op) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SchemaModel visitDeleteRows(DeleteRows op) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SchemaModel visitExecuteSql(ExecuteSql op) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SchemaModel visitIrreversibleSql(IrreversibleSql op) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SchemaModel visitIrreversible(Irreversible op) {
            throw new UnsupportedOperationException(op.reason());
        }
    }
}
