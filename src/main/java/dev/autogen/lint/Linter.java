package dev.autogen.lint;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Finds risky operations in revisions' upgrades. Pure: it sees plans, and asks {@link RowCounts} how many rows a
 * table holds (each table at most once per linter). A finding the revision acknowledges with
 * {@code @Acknowledge(rule = ...)} carries the reason and no longer fails {@code lint} or {@code check}.
 */
public final class Linter {
    /** Above this many rows, building an index without CONCURRENTLY blocks writes for too long. */
    public static final long LARGE_TABLE_ROWS = 100_000;

    private final TypeNormaliser types;
    private final RowCounts rows;
    private final boolean concurrentIndexes;
    private final Map<QualifiedName, OptionalLong> counted = new HashMap<>();

    /**
     * @param types             the dialect's type normaliser, which says which type changes narrow
     * @param rows              row counts of the live tables
     * @param concurrentIndexes true where the dialect can build indexes concurrently (PostgreSQL)
     */
    public Linter(TypeNormaliser types, RowCounts rows, boolean concurrentIndexes) {
        this.types = Objects.requireNonNull(types, "types");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.concurrentIndexes = concurrentIndexes;
    }

    /** The findings of every revision, in the order given (revisions first to last, operations in order). */
    public List<Finding> lint(List<RevisionPlan> revisions) {
        List<Finding> all = new ArrayList<>();
        for (RevisionPlan r : revisions) {
            all.addAll(lint(r));
        }
        return all;
    }

    /** The findings of one revision's upgrade. */
    public List<Finding> lint(RevisionPlan revision) {
        Rules rules = new Rules();
        List<Finding> found = new ArrayList<>();
        for (Operation op : revision.upgrade().operations()) {
            for (Hit hit : op.accept(rules)) {
                found.add(new Finding(revision.revision(), hit.rule(), ObjectNames.of(op), hit.message(),
                        revision.acknowledged().get(hit.rule().id())));
            }
        }
        return found;
    }

    /** Rows in {@code table}, or empty when it does not exist yet. */
    private OptionalLong rows(QualifiedName table) {
        return counted.computeIfAbsent(table, rows::count);
    }

    private boolean hasRows(QualifiedName table) {
        OptionalLong n = rows(table);
        return n.isPresent() && n.getAsLong() > 0;
    }

    private record Hit(LintRule rule, String message) {
    }

    /** Each rule, by the operation kind it looks at; kinds no rule covers find nothing. */
    private final class Rules implements OperationVisitor<List<Hit>> {

        @Override
        public List<Hit> visitDropTable(DropTable op) {
            return List.of(new Hit(LintRule.DROP_TABLE, "drops table " + op.table().name() + " and all its rows"));
        }

        @Override
        public List<Hit> visitDropColumn(DropColumn op) {
            return List.of(new Hit(LintRule.DROP_COLUMN, "drops column " + op.table() + "." + op.column().name()
                    + " and its values"));
        }

        @Override
        public List<Hit> visitAlterColumn(AlterColumn op) {
            List<Hit> hits = new ArrayList<>();
            String column = op.table() + "." + op.to().name();
            String from = op.from().type();
            String to = op.to().type();
            if (from != null && to != null && !types.type(from).equals(types.type(to)) && types.isNarrowing(from, to)) {
                hits.add(new Hit(LintRule.NARROWING_TYPE, "narrows " + column + " from " + from + " to " + to
                        + ": values that do not fit are rejected"));
            }
            if (op.from().nullable() && !op.to().nullable()) {
                hits.add(new Hit(LintRule.NOT_NULL_EXISTING_COLUMN, "makes existing column " + column
                        + " NOT NULL: fails if any row holds a null"));
            }
            return hits;
        }

        @Override
        public List<Hit> visitAddUniqueConstraint(AddUniqueConstraint op) {
            return unique(op.table(), "unique constraint " + op.constraint().name());
        }

        @Override
        public List<Hit> visitCreateIndex(CreateIndex op) {
            List<Hit> hits = new ArrayList<>();
            if (op.index().unique()) {
                hits.addAll(unique(op.table(), "unique index " + op.index().name()));
            }
            if (concurrentIndexes && !op.concurrently()) {
                OptionalLong n = rows(op.table());
                if (n.isPresent() && n.getAsLong() > LARGE_TABLE_ROWS) {
                    hits.add(new Hit(LintRule.NON_CONCURRENT_INDEX, "builds index " + op.index().name() + " on "
                            + op.table() + " (" + n.getAsLong() + " rows) without CONCURRENTLY: writes to the table"
                            + " block until it is built; use .concurrently()"));
                }
            }
            return hits;
        }

        private List<Hit> unique(QualifiedName table, String what) {
            if (!hasRows(table)) {
                return List.of();
            }
            return List.of(new Hit(LintRule.UNIQUE_ON_EXISTING_TABLE, "adds " + what + " on " + table + ", which holds "
                    + rows(table).getAsLong() + " rows: fails if they hold duplicates"));
        }

        @Override
        public List<Hit> visitCreateTable(CreateTable op) {
            return List.of();
        }

        @Override
        public List<Hit> visitRenameTable(RenameTable op) {
            return List.of();
        }

        @Override
        public List<Hit> visitSetTableComment(SetTableComment op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAddColumn(AddColumn op) {
            return List.of();
        }

        @Override
        public List<Hit> visitRenameColumn(RenameColumn op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAddPrimaryKey(AddPrimaryKey op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropPrimaryKey(DropPrimaryKey op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAddForeignKey(AddForeignKey op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropForeignKey(DropForeignKey op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropUniqueConstraint(DropUniqueConstraint op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAddCheckConstraint(AddCheckConstraint op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropCheckConstraint(DropCheckConstraint op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropIndex(DropIndex op) {
            return List.of();
        }

        @Override
        public List<Hit> visitCreateSequence(CreateSequence op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropSequence(DropSequence op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAlterSequence(AlterSequence op) {
            return List.of();
        }

        @Override
        public List<Hit> visitCreateEnumType(CreateEnumType op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropEnumType(DropEnumType op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAlterEnumType(AlterEnumType op) {
            return List.of();
        }

        @Override
        public List<Hit> visitBulkInsert(BulkInsert op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDeleteRows(DeleteRows op) {
            return List.of();
        }

        @Override
        public List<Hit> visitExecuteSql(ExecuteSql op) {
            return List.of();
        }

        @Override
        public List<Hit> visitIrreversibleSql(IrreversibleSql op) {
            return List.of();
        }

        @Override
        public List<Hit> visitIrreversible(Irreversible op) {
            return List.of();
        }
    }
}
