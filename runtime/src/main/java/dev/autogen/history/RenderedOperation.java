package dev.autogen.history;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.Plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a revision with the SQL it renders to.
 *
 * @param number      1-based position in the revision, as messages count it
 * @param description short text such as {@code add column users.x}
 * @param line        the line of the revision's source whose {@code op} call recorded it, 0 when unknown
 */
public record RenderedOperation(int number, Operation operation, String description, List<SqlStatement> statements,
                                int line) {
    public RenderedOperation {
        statements = List.copyOf(statements);
    }

    /** Records the revision's upgrade or downgrade on a fresh {@link Op} and renders each operation. */
    public static List<RenderedOperation> of(LoadedRevision revision, Direction direction, DdlRenderer renderer) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        Op op = new Op(renderer, annotation != null && annotation.portable(), revision.migration().getClass());
        Plan plan = plan(revision, direction, op);
        List<Integer> lines = op.lines();
        List<RenderedOperation> out = new ArrayList<>(plan.size());
        OperationSummary describer = new OperationSummary();
        for (int i = 0; i < plan.size(); i++) {
            Operation operation = plan.operations().get(i);
            List<SqlStatement> statements = renderer.render(operation);
            if (annotation != null && !annotation.transactional()) {
                // the revision runs outside a transaction: each statement on its own, as the policy says
                statements = statements.stream().map(s -> new SqlStatement(s.sql(), true)).toList();
            }
            out.add(new RenderedOperation(i + 1, operation, operation.accept(describer), statements, lines.get(i)));
        }
        return out;
    }

    /** Whether the revision declares that it runs outside a transaction ({@code @Revision(transactional = false)}). */
    public static boolean declaredOutsideTransaction(LoadedRevision revision) {
        Revision annotation = revision.migration().getClass().getAnnotation(Revision.class);
        return annotation != null && !annotation.transactional();
    }

    /**
     * The operations the revision's upgrade or downgrade records as written (names and types not yet made
     * specific to a database), not rendered: what its checksums cover.
     */
    public static List<Operation> operations(LoadedRevision revision, Direction direction) {
        return plan(revision, direction, new Op()).operations();
    }

    private static Plan plan(LoadedRevision revision, Direction direction, Op op) {
        try {
            if (direction == Direction.UPGRADE) {
                revision.migration().upgrade(op);
            } else {
                revision.migration().downgrade(op);
            }
            return op.plan();
        } catch (dev.autogen.error.AutogenException e) {
            throw new dev.autogen.error.AutogenException(e.kind(), "Revision " + revision.info().describe() + " (in "
                    + revision.info().sourceName() + ") cannot " + direction.command() + ": " + e.getMessage(), e);
        } catch (RuntimeException | AssertionError | StackOverflowError | LinkageError e) {
            // an Error from revision code (assert, runaway recursion) is that revision's failure, not a crash
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.MIGRATION_FAILED, "Revision "
                    + revision.info().describe() + " (in " + revision.info().sourceName() + ") failed in its "
                    + direction.command() + "(): " + e + "; nothing of it ran. Fix the revision so it only records"
                    + " operations on op.", e);
        }
    }

    /** All statements of {@code operations}, in order. */
    public static List<SqlStatement> statements(List<RenderedOperation> operations) {
        List<SqlStatement> all = new ArrayList<>();
        operations.forEach(o -> all.addAll(o.statements()));
        return all;
    }
}
