package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StatementOrderTest {
    private final SchemaComparator comparator = new SchemaComparator(new AliasNormaliser());

    /** t0000 references t0001, which references t0002, ...: dependency order is the reverse of name order. */
    private static SchemaModel chain(int length) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Table t = table(name(i), col("next_id", "bigint"));
            if (i + 1 < length) {
                t = t.withForeignKeys(List.of(fk("fk_" + name(i), "next_id", name(i + 1))));
            }
            tables.add(t);
        }
        return new SchemaModel(tables, List.of(), List.of());
    }

    private static String name(int i) {
        return String.format("t%04d", i);
    }

    private static Map<QualifiedName, Integer> createPositions(Plan plan) {
        Map<QualifiedName, Integer> positions = new HashMap<>();
        List<Operation> ops = plan.operations();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof CreateTable c) {
                positions.put(c.table().name(), i);
            }
        }
        return positions;
    }

    @Test
    void createsAChainOfAThousandTablesReferencedFirstWithinASecond() {
        SchemaModel target = chain(1000);
        comparator.compare(SchemaModel.empty(), chain(20)); // load and warm the classes: the limit is for the algorithm
        Plan plan = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> comparator.compare(SchemaModel.empty(), target));
        Map<QualifiedName, Integer> at = createPositions(plan);
        for (int i = 0; i + 1 < 1000; i++) {
            assertThat(at.get(qn(name(i + 1)))).isLessThan(at.get(qn(name(i))));
        }
        int firstForeignKey = plan.operations().indexOf(plan.operations().stream()
                .filter(op -> op instanceof AddForeignKey).findFirst().orElseThrow());
        assertThat(firstForeignKey).isGreaterThan(at.get(qn(name(0))));
        assertThat(ModelApplier.canonical(ModelApplier.apply(SchemaModel.empty(), plan)))
                .isEqualTo(ModelApplier.canonical(target));
    }

    @Test
    void ordersThreeThousandTablesAndTheirReverseQuickly() {
        SchemaModel big = chain(3000);
        comparator.compare(SchemaModel.empty(), chain(20));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Plan up = comparator.compare(SchemaModel.empty(), big);
            Plan down = comparator.compare(big, SchemaModel.empty());
            assertThat(up.size()).isEqualTo(3000 + 2999);
            assertThat(down.size()).isEqualTo(3000 + 2999);
        });
    }

    @Test
    void doesNotRecurseOnAVeryLongChain() {
        Map<QualifiedName, java.util.Set<QualifiedName>> references = new HashMap<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            references.put(qn("n" + i), i + 1 < n ? java.util.Set.of(qn("n" + (i + 1))) : java.util.Set.of());
        }
        List<QualifiedName> order = TopologicalOrder.sort(references);
        assertThat(order.get(0)).isEqualTo(qn("n" + (n - 1)));
        assertThat(order.get(n - 1)).isEqualTo(qn("n0"));
    }

    @Test
    void downgradeOfAForeignKeyChainDropsForeignKeysBeforeTables() {
        Table a = table("a");
        Table b = table("b", col("a_id", "bigint")).withForeignKeys(List.of(fk("fk_b_a", "a_id", "a")));
        Table c = table("c", col("b_id", "bigint")).withForeignKeys(List.of(fk("fk_c_b", "b_id", "b")));
        Plan up = comparator.compare(SchemaModel.empty(), model(c, b, a));
        assertThat(up.operations()).containsExactly(
                new CreateTable(a), new CreateTable(bare(b)), new CreateTable(bare(c)),
                new AddForeignKey(qn("b"), fk("fk_b_a", "a_id", "a")),
                new AddForeignKey(qn("c"), fk("fk_c_b", "b_id", "b")));
        assertThat(up.reverse().operations()).containsExactly(
                new DropForeignKey(qn("c"), fk("fk_c_b", "b_id", "b")),
                new DropForeignKey(qn("b"), fk("fk_b_a", "a_id", "a")),
                new DropTable(bare(c)), new DropTable(bare(b)), new DropTable(a));
        assertThat(ModelApplier.apply(model(a, b, c), up.reverse()).tables()).isEmpty();
        // The diffed downgrade drops tables in reverse reference order too.
        assertThat(comparator.compare(model(a, b, c), SchemaModel.empty()).operations())
                .filteredOn(op -> op instanceof DropTable)
                .containsExactly(new DropTable(bare(c)), new DropTable(bare(b)), new DropTable(a));
    }

    @Test
    void breaksAReferenceCycleByName() {
        Table a = table("a", col("b_id", "bigint")).withForeignKeys(List.of(fk("fk_a_b", "b_id", "b")));
        Table b = table("b", col("a_id", "bigint")).withForeignKeys(List.of(fk("fk_b_a", "a_id", "a")));
        Plan up = comparator.compare(SchemaModel.empty(), model(b, a));
        assertThat(up.operations()).containsExactly(new CreateTable(bare(a)), new CreateTable(bare(b)),
                new AddForeignKey(qn("a"), fk("fk_a_b", "b_id", "b")),
                new AddForeignKey(qn("b"), fk("fk_b_a", "a_id", "a")));
        assertThat(ModelApplier.apply(ModelApplier.apply(SchemaModel.empty(), up), up.reverse())).isEqualTo(SchemaModel.empty());
    }

    @Test
    void ignoresSelfReferences() {
        Table tree = table("tree", col("parent_id", "bigint"))
                .withForeignKeys(List.of(fk("fk_tree_parent", "parent_id", "tree")));
        Table leaf = table("leaf", col("tree_id", "bigint")).withForeignKeys(List.of(fk("fk_leaf_tree", "tree_id", "tree")));
        Plan up = comparator.compare(SchemaModel.empty(), model(leaf, tree));
        assertThat(up.operations()).containsExactly(new CreateTable(bare(tree)), new CreateTable(bare(leaf)),
                new AddForeignKey(qn("leaf"), fk("fk_leaf_tree", "tree_id", "tree")),
                new AddForeignKey(qn("tree"), fk("fk_tree_parent", "parent_id", "tree")));
    }

    @Test
    void appliesEveryRuleInOrder() {
        QualifiedName t = qn("t");
        Column c = col("c", "text");
        List<Operation> expected = List.of(
                new DeleteRows(t, List.of("c"), List.of(List.of("x"))),
                new DropForeignKey(t, fk("fk", "c", "u")),
                new DropIndex(t, index("ix", "c"), false),
                new DropCheckConstraint(t, check("ck", "c <> ''")),
                new DropUniqueConstraint(t, unique("uq", "c")),
                new DropPrimaryKey(t, pk("pk", "c")),
                new DropTable(table("gone")),
                new DropColumn(t, c),
                new RenameColumn(t, "a", "b"),
                new CreateEnumType(enumType("mood", "ok")),
                new CreateSequence(sequence("s", 1, 1)),
                new CreateTable(table("new")),
                new AddColumn(t, c),
                new AlterColumn(t, c, c.withNullable(false), null),
                new AddPrimaryKey(t, pk("pk", "c")),
                new AddCheckConstraint(t, check("ck", "c <> ''")),
                new AddUniqueConstraint(t, unique("uq", "c")),
                new CreateIndex(t, index("ix", "c"), false),
                new AddForeignKey(t, fk("fk", "c", "u")),
                new BulkInsert(t, List.of("c"), List.of(List.of("x"))),
                new DropEnumType(enumType("old", "x")),
                new ExecuteSql("select 1", null));
        List<Operation> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(42));
        assertThat(StatementOrder.order(shuffled).operations()).containsExactlyElementsOf(expected);
    }

    @Test
    void sortsByTableAndNameWithinARule() {
        List<Operation> ops = List.of(
                new CreateIndex(qn("b"), index("ix_2", "x"), false),
                new CreateIndex(qn("a"), index("ix_9", "x"), false),
                new CreateIndex(qn("b"), index("ix_1", "x"), false));
        assertThat(StatementOrder.order(ops).operations()).containsExactly(ops.get(1), ops.get(2), ops.get(0));
    }

    @Test
    void compareOfThreeHundredTablesIsFast() {
        List<Table> from = new ArrayList<>();
        List<Table> to = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Table t = table(name(i), col("name", "varchar(50)"), col("ref", "bigint"))
                    .withForeignKeys(List.of(fk("fk_" + i, "ref", name((i * 7) % 400))))
                    .withIndexes(List.of(index("ix_" + i, "name")));
            if (i % 3 != 0) {
                from.add(t);
            }
            if (i % 5 != 0) {
                to.add(i % 2 == 0 ? t.withColumns(List.of(notNull("id", "bigint"), col("name", "varchar(80)"), col("ref", "bigint"))) : t);
            }
        }
        SchemaModel a = withoutDanglingForeignKeys(from);
        SchemaModel b = withoutDanglingForeignKeys(to);
        Plan plan = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> comparator.compare(a, b));
        assertThat(ModelApplier.canonical(ModelApplier.apply(a, plan))).isEqualTo(ModelApplier.canonical(b));
        assertThat(ModelApplier.canonical(ModelApplier.apply(b, plan.reverse()))).isEqualTo(ModelApplier.canonical(a));
    }

    private static SchemaModel withoutDanglingForeignKeys(List<Table> tables) {
        java.util.Set<QualifiedName> names = new java.util.HashSet<>();
        tables.forEach(t -> names.add(t.name()));
        return new SchemaModel(tables.stream().map(t -> t.withForeignKeys(t.foreignKeys().stream()
                .filter(fk -> names.contains(fk.targetTable())).toList())).toList(), List.of(), List.of());
    }

    @Test
    void strictApplierRejectsDroppingAReferencedTable() {
        Table a = table("a");
        Table b = table("b", col("a_id", "bigint")).withForeignKeys(List.of(fk("fk_b_a", "a_id", "a")));
        Plan wrongOrder = new Plan(List.of(new DropTable(a)));
        assertThatThrownBy(() -> ModelApplier.apply(model(a, b), wrongOrder)).hasMessageContaining("b references it");
    }
}
