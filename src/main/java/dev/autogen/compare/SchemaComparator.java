package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Diffs two neutral models: the database as it is and the target the entities describe. The comparison is
 * dialect-free; wherever equality depends on the dialect (type aliases, default expressions, predicates) it asks
 * the {@link TypeNormaliser}. The operations then go through the {@link PlanStage} (by default only
 * {@link StatementOrder}, so the plan's {@link Plan#reverse() reverse} is a valid downgrade).
 */
public final class SchemaComparator {
    private final TableComparer tables;
    private final SequenceComparer sequences = new SequenceComparer();
    private final EnumTypeComparer enumTypes = new EnumTypeComparer();
    private final DependentForeignKeys dependents;
    private final PlanStage stage;

    public SchemaComparator(TypeNormaliser types) {
        this(types, PlanStage.standard());
    }

    /** A comparator whose plans go through {@code stage} (see {@link PlanStage#with}). */
    public SchemaComparator(TypeNormaliser types, PlanStage stage) {
        this.tables = new TableComparer(Objects.requireNonNull(types, "types"));
        this.dependents = new DependentForeignKeys(types);
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** The plan whose upgrade brings {@code database} to {@code target}; empty when they are equal. */
    public Plan compare(SchemaModel database, SchemaModel target) {
        List<Operation> out = new ArrayList<>();
        enumTypes.compare(database.enumTypes(), target.enumTypes(), out);
        sequences.compare(database.sequences(), target.sequences(), out);
        tables.compare(database.tables(), target.tables(), out);
        dependents.compare(database, target, out);
        return stage.apply(new Plan(out));
    }
}
