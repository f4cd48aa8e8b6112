package dev.autogen.compare;

import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import org.junit.jupiter.api.Test;

import static dev.autogen.compare.ModelApplier.apply;
import static dev.autogen.compare.ModelApplier.canonical;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties over many random pairs of models, checked with the strict {@link ModelApplier}. */
class ComparatorPropertyTest {
    private static final int PAIRS = 500;
    private final SchemaComparator comparator = new SchemaComparator(new AliasNormaliser());

    @Test
    void everyOperationReversesTwiceToItself() {
        RandomModels models = new RandomModels(1);
        for (int i = 0; i < PAIRS; i++) {
            for (Operation op : comparator.compare(models.next(), models.next()).operations()) {
                assertThat(op.reverse().reverse()).isEqualTo(op);
            }
        }
    }

    @Test
    void upgradeReachesTheTargetAndDowngradeReturnsToTheStart() {
        RandomModels models = new RandomModels(2);
        int operations = 0;
        for (int i = 0; i < PAIRS; i++) {
            SchemaModel a = models.next();
            SchemaModel b = models.next();
            Plan plan = comparator.compare(a, b);
            operations += plan.size();
            String context = "pair " + i + "\nfrom " + a + "\nto   " + b + "\nplan " + plan;
            SchemaModel upgraded = apply(a, plan);
            assertThat(canonical(upgraded)).as(context).isEqualTo(canonical(b));
            assertThat(comparator.compare(upgraded, b).isEmpty()).as(context).isTrue();
            assertThat(canonical(apply(b, plan.reverse()))).as(context).isEqualTo(canonical(a));
        }
        assertThat(operations).as("the pairs differ enough to exercise the comparator").isGreaterThan(PAIRS * 10);
    }

    @Test
    void comparingAModelWithItselfGivesNothing() {
        RandomModels models = new RandomModels(3);
        for (int i = 0; i < PAIRS; i++) {
            SchemaModel a = models.next();
            assertThat(comparator.compare(a, a).isEmpty()).isTrue();
        }
    }
}
