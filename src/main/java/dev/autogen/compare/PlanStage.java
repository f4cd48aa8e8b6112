package dev.autogen.compare;

import dev.autogen.operation.Plan;
import dev.autogen.operation.PlanPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered chain of {@link PlanPolicy plan policies} a comparison's operations go through before they become
 * a revision. The standard stage only orders the statements ({@link StatementOrder}); {@link #with} puts further
 * policies (rewrites) before that ordering, so whatever they add is ordered too; {@link #then} puts them after it.
 */
public final class PlanStage {
    private final List<PlanPolicy> policies;

    private PlanStage(List<PlanPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The stage every comparison gets: the statement order alone. */
    public static PlanStage standard() {
        return new PlanStage(List.of(plan -> StatementOrder.order(plan.operations())));
    }

    /** This stage with {@code rewrites} run, in order, before the statement order. */
    public PlanStage with(PlanPolicy... rewrites) {
        List<PlanPolicy> all = new ArrayList<>(List.of(rewrites));
        all.addAll(policies);
        return new PlanStage(all);
    }

    /**
     * This stage with {@code rewrites} run, in order, after the statement order: for rewrites that expand an
     * operation in place into steps that must stay together (the online plan's NOT NULL through a validated check),
     * which the statement order would pull apart.
     */
    public PlanStage then(PlanPolicy... rewrites) {
        List<PlanPolicy> all = new ArrayList<>(policies);
        all.addAll(List.of(rewrites));
        return new PlanStage(all);
    }

    /** The plan after every policy, in order. */
    public Plan apply(Plan plan) {
        Plan current = plan;
        for (PlanPolicy policy : policies) {
            current = policy.apply(current);
        }
        return current;
    }

    /** How many policies the stage runs (the statement order included). */
    public int size() {
        return policies.size();
    }
}
