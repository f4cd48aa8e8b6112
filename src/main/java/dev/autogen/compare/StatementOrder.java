package dev.autogen.compare;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one statement-ordering policy. Operations are sorted by the first rule that covers them, then within a
 * rule by table and object name (columns keep the order the comparator gave them, so tables keep their column
 * order); the sort is stable, so equal keys keep their input order. The rules are built so that, when the
 * upgrade is valid, its exact {@link Plan#reverse() reverse} is a valid downgrade: what the upgrade creates
 * late, the downgrade drops early. Runs in O(n log n) without recursion.
 */
public final class StatementOrder {
    private StatementOrder() {
    }

    /** The rules, in the order they apply. */
    private enum Rule {
        // Delete seed rows while every table and constraint they live in still exists.
        DELETE_ROWS,
        // Drop foreign keys first: nothing may still reference what is dropped or changed next.
        DROP_FOREIGN_KEYS,
        // Drop indexes before the columns and tables they cover.
        DROP_INDEXES,
        // Drop unique and check constraints once no foreign key relies on them.
        DROP_CONSTRAINTS,
        // Drop primary keys after the constraints, before their columns change.
        DROP_PRIMARY_KEYS,
        // Drop tables in reverse reference order: referencing tables before the tables they reference.
        DROP_TABLES,
        // Drop columns of the tables that stay.
        DROP_COLUMNS,
        // Rename tables once what disappears is gone, before anything new uses the names.
        RENAME_TABLES,
        // Then rename columns and indexes, which name their table as it is after the table renames.
        RENAMES,
        // Create and change sequences and enum types before the tables and columns that use them.
        CREATE_TYPES,
        // Create tables in reference order: referenced tables first, self-references ignored, cycles broken by name.
        CREATE_TABLES,
        // Add columns to existing tables, in the target's column order.
        ADD_COLUMNS,
        // Alter columns (and set table comments) once every type they may use exists.
        ALTER_COLUMNS,
        // Add primary keys once their columns exist and have their final type and nullability.
        ADD_PRIMARY_KEYS,
        // Add unique and check constraints after the primary keys.
        ADD_CONSTRAINTS,
        // Create indexes once their columns exist.
        CREATE_INDEXES,
        // Add foreign keys last among structure: every referenced table, column and key exists now.
        ADD_FOREIGN_KEYS,
        // Validate constraints added NOT VALID once every constraint is added; each starts a transaction of its own.
        VALIDATE_CONSTRAINTS,
        // Insert seed rows into the finished structure.
        INSERT_ROWS,
        // Drop enum types and sequences after the tables and columns that used them are gone.
        DROP_TYPES,
        // Run hand-written SQL last, in the order it was given.
        EXECUTE_SQL
    }

    /** Where an operation goes: its rule, then the object it works on and the name of the part it changes. */
    private record Slot(Rule rule, QualifiedName object, String part) {
        Slot {
            part = part == null ? "" : part;
        }
    }

    private record Entry(Operation operation, Slot slot, int position, int input) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.slot().rule())
            .thenComparingInt(Entry::position)
            .thenComparing(e -> e.slot().object(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.slot().part())
            .thenComparingInt(Entry::input);

    /** The operations as one plan, in the order the rules give. */
    public static Plan order(Collection<? extends Operation> operations) {
        Classifier classifier = new Classifier();
        List<Operation> ops = List.copyOf(operations);
        Map<QualifiedName, Integer> created = referenceOrder(ops, true);
        Map<QualifiedName, Integer> dropped = referenceOrder(ops, false);
        List<Entry> entries = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            Slot slot = op.accept(classifier);
            int position = 0;
            if (slot.rule() == Rule.CREATE_TABLES) {
                position = created.get(slot.object());
            } else if (slot.rule() == Rule.DROP_TABLES) {
                position = dropped.size() - 1 - dropped.get(slot.object());
            }
            entries.add(new Entry(op, slot, position, i));
        }
        entries.sort(ORDER);
        return new Plan(entries.stream().map(Entry::operation).toList());
    }

    /**
     * Whether {@code op} runs before the renames: deletes and drops, which name what exists before the upgrade;
     * everything after the renames names what exists after them.
     */
    public static boolean beforeRenames(Operation op) {
        return op.accept(new Classifier()).rule().compareTo(Rule.RENAME_TABLES) < 0;
    }

    /**
     * Position of each created (or dropped) table in reference order, referenced tables first. The edges are the
     * tables' own foreign keys and the AddForeignKey (DropForeignKey) operations on those tables.
     */
    private static Map<QualifiedName, Integer> referenceOrder(List<Operation> ops, boolean create) {
        Map<QualifiedName, Set<QualifiedName>> references = new LinkedHashMap<>();
        for (Operation op : ops) {
            Table table = create ? (op instanceof CreateTable c ? c.table() : null)
                    : (op instanceof DropTable d ? d.table() : null);
            if (table != null) {
                Set<QualifiedName> targets = references.computeIfAbsent(table.name(), k -> new LinkedHashSet<>());
                table.foreignKeys().forEach(fk -> targets.add(fk.targetTable()));
            }
        }
        for (Operation op : ops) {
            QualifiedName from = null;
            ForeignKey fk = null;
            if (create && op instanceof AddForeignKey add) {
                from = add.table();
                fk = add.foreignKey();
            } else if (!create && op instanceof DropForeignKey drop) {
                from = drop.table();
                fk = drop.foreignKey();
            }
            if (from != null && references.containsKey(from)) {
                references.get(from).add(fk.targetTable());
            }
        }
        List<QualifiedName> sorted = TopologicalOrder.sort(references);
        Map<QualifiedName, Integer> positions = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            positions.put(sorted.get(i), i);
        }
        return positions;
    }

    /** Assigns every operation kind its rule; a new operation kind does not compile until it has one. */
    private static final class Classifier implements OperationVisitor<Slot> {
        @Override
        public Slot visitCreateTable(CreateTable op) {
            return new Slot(Rule.CREATE_TABLES, op.table().name(), null);
        }

        @Override
        public Slot visitDropTable(DropTable op) {
            return new Slot(Rule.DROP_TABLES, op.table().name(), null);
        }

        @Override
        public Slot visitRenameTable(RenameTable op) {
            return new Slot(Rule.RENAME_TABLES, op.from(), null);
        }

        @Override
        public Slot visitSetTableComment(SetTableComment op) {
            return new Slot(Rule.ALTER_COLUMNS, op.table(), null);
        }

        @Override
        public Slot visitAddColumn(AddColumn op) {
            return new Slot(Rule.ADD_COLUMNS, op.table(), null);
        }

        @Override
        public Slot visitDropColumn(DropColumn op) {
            return new Slot(Rule.DROP_COLUMNS, op.table(), null);
        }

        @Override
        public Slot visitRenameUniqueConstraint(RenameUniqueConstraint op) {
            return new Slot(Rule.RENAMES, op.table(), op.from());
        }

        @Override
        public Slot visitRenameIndex(RenameIndex op) {
            return new Slot(Rule.RENAMES, op.table(), op.from());
        }

        @Override
        public Slot visitRenameColumn(RenameColumn op) {
            return new Slot(Rule.RENAMES, op.table(), op.from());
        }

        @Override
        public Slot visitAlterColumn(AlterColumn op) {
            return new Slot(Rule.ALTER_COLUMNS, op.table(), op.to().name());
        }

        @Override
        public Slot visitAddPrimaryKey(AddPrimaryKey op) {
            return new Slot(Rule.ADD_PRIMARY_KEYS, op.table(), op.primaryKey().name());
        }

        @Override
        public Slot visitDropPrimaryKey(DropPrimaryKey op) {
            return new Slot(Rule.DROP_PRIMARY_KEYS, op.table(), op.primaryKey().name());
        }

        @Override
        public Slot visitAddForeignKey(AddForeignKey op) {
            return new Slot(Rule.ADD_FOREIGN_KEYS, op.table(), op.foreignKey().name());
        }

        @Override
        public Slot visitDropForeignKey(DropForeignKey op) {
            return new Slot(Rule.DROP_FOREIGN_KEYS, op.table(), op.foreignKey().name());
        }

        @Override
        public Slot visitAddUniqueConstraint(AddUniqueConstraint op) {
            return new Slot(Rule.ADD_CONSTRAINTS, op.table(), op.constraint().name());
        }

        @Override
        public Slot visitDropUniqueConstraint(DropUniqueConstraint op) {
            return new Slot(Rule.DROP_CONSTRAINTS, op.table(), op.constraint().name());
        }

        @Override
        public Slot visitAddCheckConstraint(AddCheckConstraint op) {
            return new Slot(Rule.ADD_CONSTRAINTS, op.table(), op.constraint().name());
        }

        @Override
        public Slot visitDropCheckConstraint(DropCheckConstraint op) {
            return new Slot(Rule.DROP_CONSTRAINTS, op.table(), op.constraint().name());
        }

        @Override
        public Slot visitValidateConstraint(ValidateConstraint op) {
            return new Slot(Rule.VALIDATE_CONSTRAINTS, op.table(), op.constraint());
        }

        @Override
        public Slot visitCreateIndex(CreateIndex op) {
            return new Slot(Rule.CREATE_INDEXES, op.table(), op.index().name());
        }

        @Override
        public Slot visitDropIndex(DropIndex op) {
            return new Slot(Rule.DROP_INDEXES, op.table(), op.index().name());
        }

        @Override
        public Slot visitCreateSequence(CreateSequence op) {
            return new Slot(Rule.CREATE_TYPES, op.sequence().name(), null);
        }

        @Override
        public Slot visitDropSequence(DropSequence op) {
            return new Slot(Rule.DROP_TYPES, op.sequence().name(), null);
        }

        @Override
        public Slot visitAlterSequence(AlterSequence op) {
            return new Slot(Rule.CREATE_TYPES, op.to().name(), null);
        }

        @Override
        public Slot visitCreateEnumType(CreateEnumType op) {
            return new Slot(Rule.CREATE_TYPES, op.enumType().name(), null);
        }

        @Override
        public Slot visitDropEnumType(DropEnumType op) {
            return new Slot(Rule.DROP_TYPES, op.enumType().name(), null);
        }

        @Override
        public Slot visitAlterEnumType(AlterEnumType op) {
            return new Slot(Rule.CREATE_TYPES, op.to().name(), null);
        }

        @Override
        public Slot visitBulkInsert(BulkInsert op) {
            return new Slot(Rule.INSERT_ROWS, op.table(), null);
        }

        @Override
        public Slot visitDeleteRows(DeleteRows op) {
            return new Slot(Rule.DELETE_ROWS, op.table(), null);
        }

        @Override
        public Slot visitExecuteSql(ExecuteSql op) {
            return new Slot(Rule.EXECUTE_SQL, null, null);
        }

        @Override
        public Slot visitIrreversibleSql(IrreversibleSql op) {
            return new Slot(Rule.EXECUTE_SQL, null, null);
        }

        @Override
        public Slot visitIrreversible(Irreversible op) {
            return new Slot(Rule.EXECUTE_SQL, null, null);
        }
    }
}
