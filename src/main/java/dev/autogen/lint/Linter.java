package dev.autogen.lint;

import dev.autogen.compare.Risks;
import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Finds risky operations in revisions' upgrades: the risks {@link Risks} describes, under their rules, and
 * indexes built without CONCURRENTLY on large tables. Pure: it sees plans, and asks {@link RowCounts} how many
 * rows a table holds (each table at most once per linter). A finding the revision acknowledges with
 * {@code @Acknowledge(rule = ...)} carries the reason and no longer fails {@code lint} or {@code check}.
 */
public final class Linter {
    /** Above this many rows, building an index without CONCURRENTLY blocks writes for too long. */
    public static final long LARGE_TABLE_ROWS = 100_000;

    private final RowCounts rows;
    private final boolean concurrentIndexes;
    private final Map<QualifiedName, OptionalLong> counted = new HashMap<>();
    private final Risks risks;
    private final Locks locks = new Locks();

    /**
     * @param types             the dialect's type normaliser, which says which type changes narrow
     * @param rows              row counts of the live tables
     * @param concurrentIndexes true where the dialect can build indexes concurrently (PostgreSQL)
     */
    public Linter(TypeNormaliser types, RowCounts rows, boolean concurrentIndexes) {
        this.risks = new Risks(Objects.requireNonNull(types, "types"));
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
        Set<QualifiedName> created = Risks.createdTables(revision.upgrade());
        List<Finding> found = new ArrayList<>();
        for (Operation op : revision.upgrade().operations()) {
            List<Hit> hits = new ArrayList<>();
            for (Risk risk : risks.of(op, created)) {
                hit(risk).ifPresent(hits::add);
            }
            hits.addAll(op.accept(locks));
            for (Hit hit : hits) {
                found.add(new Finding(revision.revision(), hit.rule(), ObjectNames.of(op), hit.message(),
                        revision.acknowledged().get(hit.rule().id())));
            }
        }
        return found;
    }

    /** The risk under its rule; one that needs rows only when its table holds some, which the message says. */
    private Optional<Hit> hit(Risk risk) {
        if (risk.rule() == null) {
            return Optional.empty();
        }
        LintRule rule = LintRule.byId(risk.rule()).orElseThrow(() -> new IllegalStateException(
                "no lint rule " + risk.rule()));
        if (!rule.needsRows()) {
            return Optional.of(new Hit(rule, risk.sentence()));
        }
        OptionalLong n = rows(risk.table());
        if (n.isEmpty() || n.getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Hit(rule, risk.sentence() + "; " + risk.table() + " holds " + n.getAsLong() + " rows"));
    }

    /** Rows in {@code table}, or empty when it does not exist yet. */
    private OptionalLong rows(QualifiedName table) {
        return counted.computeIfAbsent(table, rows::count);
    }

    private record Hit(LintRule rule, String message) {
    }

    /** The rule about locks, which is lint's own: the risks of data come from {@link Risks}. */
    private final class Locks implements OperationVisitor<List<Hit>> {

        @Override
        public List<Hit> visitCreateIndex(CreateIndex op) {
            if (concurrentIndexes && !op.concurrently()) {
                OptionalLong n = rows(op.table());
                if (n.isPresent() && n.getAsLong() > LARGE_TABLE_ROWS) {
                    return List.of(new Hit(LintRule.NON_CONCURRENT_INDEX, "builds index " + op.index().name() + " on "
                            + op.table() + " (" + n.getAsLong() + " rows) without CONCURRENTLY: writes to the table"
                            + " block until it is built; use .concurrently()"));
                }
            }
            return List.of();
        }

        @Override
        public List<Hit> visitDropTable(DropTable op) {
            return List.of();
        }

        @Override
        public List<Hit> visitDropColumn(DropColumn op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAlterColumn(AlterColumn op) {
            return List.of();
        }

        @Override
        public List<Hit> visitAddUniqueConstraint(AddUniqueConstraint op) {
            return List.of();
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
        public List<Hit> visitValidateConstraint(ValidateConstraint op) {
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
