package dev.autogen.runtime;

import dev.autogen.dialect.Dialects;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each recorded operation knows the line of the revision's source whose {@code op} call recorded it. */
class SourceLinesTest {
    /** The line this is called from. */
    static int here() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }

    static final class Sample implements Migration {
        final List<Integer> expected = new ArrayList<>();

        @Override
        public void upgrade(Op op) {
            op.dropTable("a"); expected.add(here());
            op.schema("s").createIndex("ix", "t", "c").concurrently(); expected.add(here());
            helper(op);
            List.of("b", "c").forEach(t -> {
                op.dropTable(t); expected.add(here());
            });
            // a helper in another source file: its calls are placed on the line of the revision that called it
            SharedSteps.dropBoth(op); expected.add(here()); expected.add(here());
        }

        private void helper(Op op) {
            op.renameTable("d", "e"); expected.add(here());
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    @Test
    void theLineOfEachOpCallInTheRevisionsSource() {
        Sample sample = new Sample();
        Op op = new Op(Dialects.forUrl("jdbc:h2:mem:x", null).renderer(), false, Sample.class);
        sample.upgrade(op);
        assertThat(op.lines()).hasSize(7).containsExactlyElementsOf(sample.expected);
        assertThat(op.lines()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void aRecorderWithoutARevisionRecordsNoLines() {
        Op op = new Op();
        op.dropTable("a");
        assertThat(op.lines()).containsExactly(0);
    }
}
