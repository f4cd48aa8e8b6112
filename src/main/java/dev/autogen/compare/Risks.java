package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;
import dev.autogen.operation.Risk.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one description of each risk an operation carries: how it loses data ({@code DATA LOSS}: drops, deleted
 * rows) or may fail on the rows a table already holds ({@code MAY FAIL}: NOT NULL, narrowing, unique keys,
 * checks and foreign keys added to an existing table). Codegen marks the operation with it, the CLI prints it and
 * lint reports it under the risk's rule. Operations whose effect is unknown (hand-written SQL) or harmless have
 * none. An operation on a table the same revision creates has no existing rows, so no MAY FAIL risk.
 */
public final class Risks {
    public static final String DROP_TABLE = "drop-table";
    public static final String DROP_COLUMN = "drop-column";
    public static final String NARROWING_TYPE = "narrowing-type";
    public static final String NOT_NULL_EXISTING_COLUMN = "not-null-existing-column";
    public static final String NOT_NULL_WITHOUT_DEFAULT = "not-null-without-default";
    public static final String UNIQUE_ON_EXISTING_TABLE = "unique-on-existing-table";
    public static final String CHECK_ON_EXISTING_TABLE = "check-on-existing-table";
    public static final String FOREIGN_KEY_ON_EXISTING_TABLE = "foreign-key-on-existing-table";
    public static final String VOLATILE_DEFAULT = "volatile-default";
    public static final String RENAME_IN_USE = "rename-in-use";
    public static final String CONSTRAINT_WITHOUT_NOT_VALID = "constraint-without-not-valid";
    public static final String NON_CONCURRENT_INDEX = "non-concurrent-index";
    public static final String MISSING_LOCK_TIMEOUT = "missing-lock-timeout";

    private final TypeNormaliser types;

    /** How a rewrite blocks, and the start of the expand/contract pattern that avoids it. */
    static final String REWRITE = "which rewrites the table under an ACCESS EXCLUSIVE lock: reads and writes"
            + " wait until it ends. On a large table in use, expand and contract instead:";

    public Risks(TypeNormaliser types) {
        this.types = Objects.requireNonNull(types, "types");
    }

    /** The risks of {@code op} on tables that exist already (a lone operation, as {@code check} lists them). */
    public List<Risk> of(Operation op) {
        return of(op, Set.of());
    }

    /** The risks of {@code op} in a revision that creates the tables {@code created} (they hold no rows yet). */
    public List<Risk> of(Operation op, Set<QualifiedName> created) {
        return op.accept(new Describer(types, created));
    }

    /**
     * The {@link Risk.Kind#DOWNTIME} risks of {@code op} in a revision that creates the tables {@code created}: how it
     * blocks or breaks the application using a table that exists already (its sentences are in {@link Downtime}, part
     * of this catalogue). {@code onlineForms} is true where the database has PostgreSQL's online forms
     * ({@code CONCURRENTLY}, {@code NOT VALID}, {@code lock_timeout}); a rename breaks running code on every database.
     * Lint reports these; generated revisions avoid them with the online plan, so codegen does not mark them.
     */
    public List<Risk> downtime(Operation op, Set<QualifiedName> created, boolean onlineForms) {
        return op.accept(new Downtime(created, onlineForms));
    }

    /** The tables the plans create: operations on them meet no existing rows. */
    public static Set<QualifiedName> createdTables(Plan... plans) {
        Set<QualifiedName> created = new LinkedHashSet<>();
        for (Plan plan : plans) {
            for (Operation op : plan.operations()) {
                if (op instanceof CreateTable c) {
                    created.add(c.table().name());
                }
            }
        }
        return created;
    }

    /** Each rule, by the operation kind it looks at. */
    private static final class Describer implements OperationVisitor<List<Risk>> {
        private final TypeNormaliser types;
        private final Set<QualifiedName> created;

        Describer(TypeNormaliser types, Set<QualifiedName> created) {
            this.types = types;
            this.created = created;
        }

        @Override
        public List<Risk> visitDropTable(DropTable op) {
            return loss("drops table " + op.table().name() + " and all its rows", op.table().name(), DROP_TABLE);
        }

        @Override
        public List<Risk> visitDropColumn(DropColumn op) {
            if (op.column().generated() != null) {
                return List.of(); // a generated column's values are computed from the other columns, so nothing is lost
            }
            return loss("drops column " + column(op.table(), op.column()) + " and its values", op.table(), DROP_COLUMN);
        }

        @Override
        public List<Risk> visitAlterColumn(AlterColumn op) {
            Column from = op.from();
            Column to = op.to();
            List<Risk> risks = new ArrayList<>();
            if (from.type() != null && to.type() != null && !types.type(from.type()).equals(types.type(to.type()))
                    && types.isNarrowing(from.type(), to.type())) {
                String rejected = hasLength(from.type()) && hasLength(to.type())
                        ? "longer values are rejected" : "values that do not fit are rejected";
                risks.add(new Risk(Kind.MAY_FAIL, "narrows " + column(op.table(), to) + " from " + from.type() + " to "
                        + to.type() + ": " + rejected, op.table(), NARROWING_TYPE));
            }
            if (from.nullable() && !to.nullable()) {
                risks.add(new Risk(Kind.MAY_FAIL, "makes " + column(op.table(), to) + " NOT NULL: fails if any row"
                        + " holds a null", op.table(), NOT_NULL_EXISTING_COLUMN));
            }
            if (!created.contains(op.table()) && from.type() != null && to.type() != null
                    && !types.type(from.type()).equals(types.type(to.type()))
                    && types.rewritesTable(from.type(), to.type())) {
                risks.add(new Risk(Kind.REWRITES_TABLE, "changes " + column(op.table(), to) + " from " + from.type()
                        + " to " + to.type() + ", " + REWRITE + " add a column of the new type, fill it in batches and"
                        + " keep it in step (a trigger or the application), move reads and writes to it, then drop the"
                        + " old column", op.table(), null));
            }
            return risks;
        }

        /** A NOT NULL column needs a value in every existing row; a default, an identity or a generation gives one. */
        @Override
        public List<Risk> visitAddColumn(AddColumn op) {
            Column c = op.column();
            if (!created.contains(op.table()) && types.volatileDefault(c.defaultValue())) {
                return List.of(new Risk(Kind.REWRITES_TABLE, "adds column " + column(op.table(), c) + " with "
                        + "the volatile default " + c.defaultValue() + ": every row gets"
                        + " its own value, " + REWRITE + " add the column without a default, set the default for new"
                        + " rows, then fill the old rows in batches", op.table(), VOLATILE_DEFAULT));
            }
            if (c.nullable() || c.defaultValue() != null || c.identity() || c.generated() != null) {
                return List.of();
            }
            return mayFail("adds column " + column(op.table(), c) + " NOT NULL without a default: fails if " + op.table()
                    + " holds rows (MariaDB gives them the type's implicit default instead)", op.table(),
                    NOT_NULL_WITHOUT_DEFAULT);
        }

        @Override
        public List<Risk> visitAddUniqueConstraint(AddUniqueConstraint op) {
            return mayFail("adds unique constraint " + op.constraint().name() + " on " + op.table()
                    + ": fails if its rows hold duplicates", op.table(), UNIQUE_ON_EXISTING_TABLE);
        }

        @Override
        public List<Risk> visitCreateIndex(CreateIndex op) {
            if (!op.index().unique()) {
                return List.of();
            }
            return mayFail("adds unique index " + op.index().name() + " on " + op.table()
                    + ": fails if its rows hold duplicates", op.table(), UNIQUE_ON_EXISTING_TABLE);
        }

        @Override
        public List<Risk> visitAddCheckConstraint(AddCheckConstraint op) {
            return mayFail("adds check " + op.constraint().name() + " on " + op.table() + (op.notValid()
                    ? " NOT VALID: its validation fails if a row breaks it" : ": fails if a row breaks it"),
                    op.table(), CHECK_ON_EXISTING_TABLE);
        }

        @Override
        public List<Risk> visitValidateConstraint(ValidateConstraint op) {
            return List.of(); // the add NOT VALID before it states the risk
        }

        @Override
        public List<Risk> visitAddForeignKey(AddForeignKey op) {
            return mayFail("adds foreign key " + op.foreignKey().name() + " on " + op.table()
                    + (op.notValid() ? " NOT VALID: its validation fails if a row" : ": fails if a row")
                    + " references no row of " + op.foreignKey().targetTable(), op.table(), FOREIGN_KEY_ON_EXISTING_TABLE);
        }

        @Override
        public List<Risk> visitDropEnumType(DropEnumType op) {
            return List.of(new Risk(Kind.DATA_LOSS, "drops enum type " + op.enumType().name() + " with values "
                    + String.join(", ", op.enumType().values()), null, null));
        }

        @Override
        public List<Risk> visitAlterEnumType(AlterEnumType op) {
            List<String> removed = new ArrayList<>(op.from().values());
            removed.removeAll(op.to().values());
            if (removed.isEmpty()) {
                return List.of();
            }
            return List.of(new Risk(Kind.MAY_FAIL, "removes " + String.join(", ", removed) + " from enum type "
                    + op.to().name() + ": fails if a column holds " + (removed.size() == 1 ? "it" : "them"), null, null));
        }

        @Override
        public List<Risk> visitDropSequence(DropSequence op) {
            return List.of(new Risk(Kind.DATA_LOSS, "drops sequence " + op.sequence().name()
                    + ": recreating it restarts its numbering", null, null));
        }

        @Override
        public List<Risk> visitDeleteRows(DeleteRows op) {
            int n = op.rows().size();
            return loss("deletes " + n + (n == 1 ? " row" : " rows") + " from " + op.table(), op.table(), null);
        }

        private static List<Risk> loss(String sentence, QualifiedName table, String rule) {
            return List.of(new Risk(Kind.DATA_LOSS, sentence, table, rule));
        }

        /** A risk on the rows of {@code table}, none when the revision creates it. */
        private List<Risk> mayFail(String sentence, QualifiedName table, String rule) {
            return created.contains(table) ? List.of() : List.of(new Risk(Kind.MAY_FAIL, sentence, table, rule));
        }

        @Override
        public List<Risk> visitCreateTable(CreateTable op) {
            return List.of();
        }

        @Override
        public List<Risk> visitRenameTable(RenameTable op) {
            return List.of();
        }

        @Override
        public List<Risk> visitSetTableComment(SetTableComment op) {
            return List.of();
        }

        @Override
        public List<Risk> visitRenameColumn(RenameColumn op) {
            return List.of();
        }

        @Override
        public List<Risk> visitRenameUniqueConstraint(RenameUniqueConstraint op) {
            return List.of();
        }

        @Override
        public List<Risk> visitRenameIndex(RenameIndex op) {
            return List.of();
        }

        @Override
        public List<Risk> visitAddPrimaryKey(AddPrimaryKey op) {
            return List.of();
        }

        @Override
        public List<Risk> visitDropPrimaryKey(DropPrimaryKey op) {
            return List.of();
        }

        @Override
        public List<Risk> visitDropForeignKey(DropForeignKey op) {
            return List.of();
        }

        @Override
        public List<Risk> visitDropUniqueConstraint(DropUniqueConstraint op) {
            return List.of();
        }

        @Override
        public List<Risk> visitDropCheckConstraint(DropCheckConstraint op) {
            return List.of();
        }

        @Override
        public List<Risk> visitDropIndex(DropIndex op) {
            return List.of();
        }

        @Override
        public List<Risk> visitCreateSequence(CreateSequence op) {
            return List.of();
        }

        @Override
        public List<Risk> visitAlterSequence(AlterSequence op) {
            return List.of();
        }

        @Override
        public List<Risk> visitCreateEnumType(CreateEnumType op) {
            return List.of();
        }

        @Override
        public List<Risk> visitBulkInsert(BulkInsert op) {
            return List.of();
        }

        /** Hand-written SQL: what it does is unknown, so nothing is claimed. */
        @Override
        public List<Risk> visitExecuteSql(ExecuteSql op) {
            return List.of();
        }

        @Override
        public List<Risk> visitIrreversibleSql(IrreversibleSql op) {
            return List.of();
        }

        @Override
        public List<Risk> visitIrreversible(Irreversible op) {
            return List.of();
        }

        private static String column(QualifiedName table, Column column) {
            return table + "." + column.name();
        }

        private static boolean hasLength(String type) {
            return type.trim().endsWith(")");
        }
    }
}
