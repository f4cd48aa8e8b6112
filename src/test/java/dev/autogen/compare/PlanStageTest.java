package dev.autogen.compare;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan stage: policies run in order, before the statement order, which also orders what they add. */
class PlanStageTest {
    private static final Table ORDERS = Table.of(QualifiedName.of("orders"), List.of(Column.of("id", "bigint")));

    @Test
    void rewritesRunInOrderBeforeTheStatementOrder() {
        List<String> seen = new ArrayList<>();
        Operation added = new AddColumn(QualifiedName.of("orders"), Column.of("note", "text"));
        PlanStage stage = PlanStage.standard()
                .with(plan -> {
                    seen.add("first:" + plan.size());
                    List<Operation> ops = new ArrayList<>(List.of(added));
                    ops.addAll(plan.operations()); // put in front: the statement order moves it after the create
                    return new Plan(ops);
                }, plan -> {
                    seen.add("second:" + plan.size());
                    return plan;
                });
        Plan plan = new SchemaComparator(new PostgresDialect().types(), stage)
                .compare(SchemaModel.empty(), new SchemaModel(List.of(ORDERS), List.of(), List.of()));
        assertThat(seen).containsExactly("first:1", "second:2");
        assertThat(plan.operations()).containsExactly(new CreateTable(ORDERS), added);
        assertThat(stage.size()).isEqualTo(3);
    }

    @Test
    void theStandardStageOnlyOrders() {
        assertThat(PlanStage.standard().size()).isEqualTo(1);
        Plan unordered = new Plan(List.of(new AddColumn(QualifiedName.of("orders"), Column.of("note", "text")),
                new CreateTable(ORDERS)));
        assertThat(PlanStage.standard().apply(unordered).operations().get(0)).isInstanceOf(CreateTable.class);
    }
}
