package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.MiniJson;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** show, branches, stamp, history ranges and the JSON forms of current, history and heads, through the CLI. */
class StatusCommandsIT {

    @Test
    @SuppressWarnings("unchecked")
    void statusCommandsOnABranchedHistory(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "none");
            cli.write("migrations/Ra1a1a1a1a1a1.java", KilledProcessIT.revision("a1a1a1a1a1a1", null, "create t1",
                    "op.createTable(\"t1\", column(\"id\", \"integer\").notNull());", "op.dropTable(\"t1\");"));
            cli.write("migrations/Rb2b2b2b2b2b2.java", KilledProcessIT.revision("b2b2b2b2b2b2", "a1a1a1a1a1a1", "drop t1",
                    "op.dropTable(\"t1\");", "op.createTable(\"t1\", column(\"id\", \"integer\").notNull());"));
            cli.write("migrations/Rc3c3c3c3c3c3.java", KilledProcessIT.revision("c3c3c3c3c3c3", "a1a1a1a1a1a1", "other branch",
                    "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");"));

            String show = cli.expect(0, "show", "b2b2").out();
            assertThat(show).contains("Rev: b2b2b2b2b2b2 (head)").contains("Parent: a1a1a1a1a1a1")
                    .contains("drop table t1").contains("DATA LOSS");

            assertThat(cli.expect(0, "branches").out()).contains("a1a1a1a1a1a1").contains("-> b2b2b2b2b2b2 (head)")
                    .contains("-> c3c3c3c3c3c3 (head)");

            Map<String, Object> heads = (Map<String, Object>) MiniJson.parse(cli.expect(0, "heads", "--format", "json").out());
            assertThat((List<Object>) heads.get("heads")).hasSize(2);
            Map<String, Object> history = (Map<String, Object>) MiniJson.parse(cli.expect(0, "history", "--format", "json").out());
            assertThat((List<Object>) history.get("revisions")).hasSize(3);
            assertThat(cli.expect(0, "history", "-r", "b2b2:").out()).contains("b2b2b2b2b2b2").doesNotContain("c3c3c3");

            cli.expect(0, "stamp", "a1a1");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();
            Map<String, Object> current = (Map<String, Object>) MiniJson.parse(cli.expect(0, "current", "--format", "json").out());
            List<Map<String, Object>> revs = (List<Map<String, Object>>) current.get("current");
            assertThat(revs).singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo("a1a1a1a1a1a1"));
            assertThat(current.get("database").toString()).startsWith("jdbc:postgresql:");

            cli.expect(0, "stamp", "base", "--purge");
            assertThat(cli.expect(0, "current").out()).isEmpty();
            cli.expect(0, "upgrade", "heads");
            assertThat(cli.expect(0, "current").out()).contains("b2b2b2b2b2b2").contains("c3c3c3c3c3c3");
            cli.expect(0, "downgrade", "base");
            assertThat(cli.expect(0, "current").out()).isEmpty();
        }
    }
}
