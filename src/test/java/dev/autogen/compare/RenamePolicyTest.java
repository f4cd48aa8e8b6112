package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renames instead of drops and adds, given by evidence, option or answer: the plan on pure models, and the upgrade
 * and its reverse applied to the models (the rows' point of view: nothing dropped).
 */
class RenamePolicyTest {
    private static final AliasNormaliser TYPES = new AliasNormaliser();
    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

    private static Plan plan(SchemaModel from, SchemaModel to, Rename... renames) {
        PlanStage stage = PlanStage.standard().with(new RenamePolicy(List.of(renames), TYPES, from, to));
        Plan plan = new SchemaComparator(TYPES, stage).compare(from, to);
        // the upgrade reaches the target (a fresh diff is empty) and its reverse the start, so the reverse renames back
        SchemaComparator fresh = new SchemaComparator(TYPES);
        assertThat(fresh.compare(ModelApplier.apply(from, plan), to).operations()).isEmpty();
        assertThat(fresh.compare(ModelApplier.apply(to, plan.reverse()), from).operations()).isEmpty();
        return plan;
    }

    private static Rename column(String table, String from, String to) {
        return Rename.column(qn(table), from, to, "test");
    }

    @Test
    void columnRenameKeepsTheIndexOnItAndAltersWhatElseChanged() {
        Table before = table("customer", notNull("mail", "varchar(254)"), col("nick", "varchar(100)"))
                .withIndexes(List.of(index("customer_mail_idx", "mail")))
                .withUniqueConstraints(List.of(unique("uq_nick", "nick")));
        Table after = table("customer", notNull("email", "varchar(254)"), col("display_name", "varchar(150)"))
                .withIndexes(List.of(index("customer_mail_idx", "email")))
                .withUniqueConstraints(List.of(unique("uq_nick", "display_name")));
        Plan plan = plan(model(before), model(after), column("customer", "mail", "email"),
                column("customer", "nick", "display_name"));
        assertThat(plan.operations()).containsExactly(
                new RenameColumn(qn("customer"), "mail", "email"),
                new RenameColumn(qn("customer"), "nick", "display_name"),
                new AlterColumn(qn("customer"), col("display_name", "varchar(100)"), col("display_name", "varchar(150)"), null));
        assertThat(plan.reverse().operations()).contains(new RenameColumn(qn("customer"), "email", "mail"));
    }

    @Test
    void anIndexAndAUniqueKeyWhoseNamesDeriveFromTheColumnAreRenamed() {
        Table before = table("customer", col("mail", "varchar(254)"), col("age", "integer"))
                .withIndexes(List.of(index("ix_customer_mail", "mail"), index("ix_customer_age", "age")))
                .withUniqueConstraints(List.of(unique("uk_customer_mail", "mail")));
        Table after = table("customer", col("email", "varchar(254)"), col("age", "integer"))
                .withIndexes(List.of(index("ix_customer_email", "email"), index("ix_age", "age")))
                .withUniqueConstraints(List.of(unique("uk_customer_email", "email")));
        Plan plan = plan(model(before), model(after), column("customer", "mail", "email"));
        // the index on age is not on the renamed column: the comparer keeps it under its name, as ever
        assertThat(plan.operations()).containsExactly(
                new RenameIndex(qn("customer"), "ix_customer_mail", "ix_customer_email"),
                new RenameColumn(qn("customer"), "mail", "email"),
                new RenameUniqueConstraint(qn("customer"), "uk_customer_mail", "uk_customer_email"));
        assertThat(plan.reverse().operations()).containsExactly(
                new RenameUniqueConstraint(qn("customer"), "uk_customer_email", "uk_customer_mail"),
                new RenameColumn(qn("customer"), "email", "mail"),
                new RenameIndex(qn("customer"), "ix_customer_email", "ix_customer_mail"));
    }

    @Test
    void aRenamedTablesIndexesFollowItAndItsColumnsAreRenamedAfterIt() {
        Table orders = table("orders", col("note", "varchar(200)")).withIndexes(List.of(index("IDXorders1", "note")));
        Table client = table("client", col("remark", "varchar(200)")).withIndexes(List.of(index("IDXclient2", "remark")));
        Plan plan = plan(model(orders), model(client), Rename.table(qn("orders"), "client", "test"),
                column("client", "note", "remark"));
        assertThat(plan.operations()).containsExactly(
                new RenameTable(qn("orders"), "client"),
                new RenameIndex(qn("client"), "IDXorders1", "IDXclient2"),
                new RenameColumn(qn("client"), "note", "remark"));
    }

    @Test
    void tableRenameWithItsColumnKeepsTheForeignKeysThatFollowIt() {
        Table orders = table("orders", col("note", "varchar(200)")).withIndexes(List.of(index("orders_note_idx", "note")));
        Table purchase = table("purchase", col("remark", "varchar(200)"), col("total", "bigint"))
                .withIndexes(List.of(index("orders_note_idx", "remark")));
        Table line = table("line", col("order_id", "bigint"));
        Table lineBefore = line.withForeignKeys(List.of(fk("fk_line_order", "order_id", "orders")));
        Table lineAfter = line.withForeignKeys(List.of(fk("fk_line_order", "order_id", "purchase")));
        Plan plan = plan(model(orders, lineBefore), model(purchase, lineAfter),
                Rename.table(qn("orders"), "purchase", "test"), column("purchase", "note", "remark"));
        assertThat(plan.operations()).containsExactly(
                new RenameTable(qn("orders"), "purchase"),
                new RenameColumn(qn("purchase"), "note", "remark"),
                new AddColumn(qn("purchase"), col("total", "bigint")));
    }

    @Test
    void whatTheTableRenameDropsIsDroppedUnderTheOldNames() {
        Table orders = table("orders", col("note", "varchar(200)"), col("gone", "bigint"))
                .withIndexes(List.of(index("orders_gone_idx", "gone")));
        Table purchase = table("purchase", col("remark", "varchar(200)"));
        Plan plan = plan(model(orders), model(purchase), Rename.table(qn("orders"), "purchase", "test"),
                column("purchase", "note", "remark"));
        assertThat(plan.operations()).containsExactly(
                new DropIndex(qn("orders"), index("orders_gone_idx", "gone"), false),
                new DropColumn(qn("orders"), col("gone", "bigint")),
                new RenameTable(qn("orders"), "purchase"),
                new RenameColumn(qn("purchase"), "note", "remark"));
    }

    @Test
    void aRenameThePlanDoesNotHoldChangesNothing() {
        SchemaModel from = model(table("customer", col("mail", "varchar(254)")));
        SchemaModel to = model(table("customer", col("mail", "varchar(254)"), col("email", "varchar(254)")));
        assertThat(plan(from, to, column("customer", "mail", "email")).operations())
                .containsExactly(new AddColumn(qn("customer"), col("email", "varchar(254)")));
        assertThat(new RenamePolicy(List.of(column("customer", "mail", "email")), TYPES)
                .applicable(new SchemaComparator(TYPES).compare(from, to))).isEmpty();
    }

    @Test
    void candidatesNeedTheSameDefinition() {
        SchemaModel from = model(table("customer", notNull("mail", "varchar(254)"), col("age", "integer")));
        SchemaModel to = model(table("customer", notNull("email", "varchar(254)"), col("years", "bigint")));
        List<RenameCandidate> candidates = RenameCandidate.of(new SchemaComparator(TYPES).compare(from, to), TYPES);
        assertThat(candidates).containsExactly(new RenameCandidate(qn("customer"), "mail", "email", "varchar(254)"));
        assertThat(candidates.get(0).describe(AS_IS)).isEqualTo("customer.mail to customer.email (varchar(254))");
        assertThat(candidates.get(0).option(AS_IS)).isEqualTo("--rename customer.mail=email");
        // nullability differs: no candidate either
        SchemaModel nullable = model(table("customer", col("email", "varchar(254)"), col("age", "integer")));
        assertThat(RenameCandidate.of(new SchemaComparator(TYPES).compare(from, nullable), TYPES)).isEmpty();
    }

    @Test
    void aTableWithTheSameColumnsIsACandidate() {
        SchemaModel from = model(table("note", col("body", "varchar(50)")));
        List<RenameCandidate> same = RenameCandidate.of(new SchemaComparator(TYPES)
                .compare(from, model(table("memo", col("body", "varchar(50)")))), TYPES);
        assertThat(same).containsExactly(new RenameCandidate(qn("note"), null, "memo", null));
        assertThat(same.get(0).option(AS_IS)).isEqualTo("--rename note=memo");
        assertThat(RenameCandidate.of(new SchemaComparator(TYPES)
                .compare(from, model(table("memo", col("body", "text")))), TYPES)).isEmpty();
    }
}
