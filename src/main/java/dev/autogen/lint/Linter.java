package dev.autogen.lint;

import dev.autogen.compare.Risks;
import dev.autogen.dialect.SqlStatement;
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
 * Finds risky operations in revisions' upgrades: the risks {@link Risks} describes (of data, and to the running
 * application), under their rules. Pure: it sees plans, and asks {@link RowCounts} how many
 * rows a table holds (each table at most once per linter). A finding the revision acknowledges with
 * {@code @Acknowledge(rule = ...)} carries the reason and no longer fails {@code lint} or {@code check}.
 */
public final class Linter {
    /** Above this many rows, building an index without CONCURRENTLY blocks writes for too long. */
    public static final long LARGE_TABLE_ROWS = 100_000;

    private final RowCounts rows;
    private final boolean onlineForms;
    private final Map<QualifiedName, OptionalLong> counted = new HashMap<>();
    private final Risks risks;

    /**
     * @param types             the dialect's type normaliser, which says which type changes narrow
     * @param rows              row counts of the live tables
     * @param onlineForms       true where the database has PostgreSQL's online forms: indexes built concurrently,
     *                          constraints added NOT VALID, lock timeouts
     */
    public Linter(TypeNormaliser types, RowCounts rows, boolean onlineForms) {
        this.risks = new Risks(Objects.requireNonNull(types, "types"));
        this.rows = Objects.requireNonNull(rows, "rows");
        this.onlineForms = onlineForms;
    }

    /** The findings of every revision, in the order given (revisions first to last, operations in order). */
    public List<Finding> lint(List<RevisionPlan> revisions) {
        List<Finding> all = new ArrayList<>();
        for (RevisionPlan r : revisions) {
            all.addAll(lint(r));
        }
        return all;
    }

    /**
     * The findings of one revision's upgrade. The rule about lock timeouts reports once per revision, at its first
     * operation that waits for a lock, and not when the revision sets a lock timeout before it
     * ({@code op.execute("SET LOCAL lock_timeout = '5s'")}) or has one ({@link RevisionPlan#lockTimeout()}).
     */
    public List<Finding> lint(RevisionPlan revision) {
        Set<QualifiedName> created = Risks.createdTables(revision.upgrade());
        List<Finding> found = new ArrayList<>();
        boolean timeout = revision.lockTimeout();
        List<Operation> ops = revision.upgrade().operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            List<Risk> risks = new ArrayList<>(this.risks.of(op, created));
            risks.addAll(this.risks.downtime(op, created, onlineForms));
            for (Risk risk : risks) {
                if (Risks.MISSING_LOCK_TIMEOUT.equals(risk.rule()) && timeout) {
                    continue;
                }
                Optional<Hit> hit = hit(risk);
                if (hit.isPresent()) {
                    timeout |= Risks.MISSING_LOCK_TIMEOUT.equals(risk.rule()); // once per revision
                    found.add(new Finding(revision.revision(), hit.get().rule(), ObjectNames.of(op), hit.get().message(),
                            revision.acknowledged().get(hit.get().rule().id()), revision.source(), revision.line(i)));
                }
            }
            timeout |= op instanceof ExecuteSql sql && SqlStatement.of(sql.sql()).setsLockTimeout();
        }
        return found;
    }

    /**
     * The risk under its rule; one that needs rows only when its table holds at least the rule's minimum, which the
     * message says.
     */
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
        if (n.isEmpty() || n.getAsLong() < rule.minRows()) {
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
}
