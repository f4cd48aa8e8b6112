package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.MiniJson;
import dev.autogen.testing.SarifShape;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lint's rules about a running application (issue 16, point 7) on hand-written revisions, through the CLI on
 * PostgreSQL: each fires on the blocking form, on the line of its {@code op} call, is quiet on the online form, and
 * is quiet once acknowledged.
 */
class DowntimeLintIT {
    static final List<String> RULES = List.of("volatile-default", "missing-lock-timeout", "rename-in-use",
            "non-concurrent-index", "constraint-without-not-valid");

    static final String BASE = revision("d0000001", null, "", """
            op.createTable("tenant", column("id", "bigint").notNull(), primaryKey("pk_tenant", "id"));
                    op.createTable("orders", column("id", "bigint").notNull(), column("mail", "text"),
                            column("qty", "integer"), column("tenant_id", "bigint"), primaryKey("pk_orders", "id"));""");

    /** The blocking forms: each op on a line of its own. */
    static final String BAD = """
            op.addColumn("orders", column("token", "uuid").defaultValue("gen_random_uuid()"));
                    op.renameColumn("orders", "mail", "email");
                    op.createIndex("ix_orders_qty", "orders", "qty");
                    op.createForeignKey("fk_orders_tenant", "orders", "tenant_id", "tenant", "id");
                    op.createCheckConstraint("ck_orders_qty", "orders", "qty >= 0");""";

    /** The same changes in their online forms: no volatile default, no rename, CONCURRENTLY, NOT VALID, timeouts. */
    static final String SAFE = """
            op.addColumn("orders", column("token", "uuid"));
                    op.addColumn("orders", column("email", "text"));
                    op.createIndex("ix_orders_qty", "orders", "qty").concurrently();
                    op.createForeignKey("fk_orders_tenant", "orders", "tenant_id", "tenant", "id").notValid();
                    op.createCheckConstraint("ck_orders_qty", "orders", "qty >= 0").notValid();
                    op.validateConstraint("fk_orders_tenant", "orders");
                    op.validateConstraint("ck_orders_qty", "orders");""";

    @Test
    void eachRuleFiresOnTheBlockingFormAtItsLineNotOnTheOnlineFormAndNotOnceAcknowledged(@TempDir Path project) {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("migrations/Rd0000001.java", BASE)
                    .write("src/ci/Tenant.java", "package ci;\n\n@jakarta.persistence.Entity\n"
                            + "@jakarta.persistence.Table(name = \"tenant\")\npublic class Tenant {\n"
                            + "    @jakarta.persistence.Id Long id;\n}\n");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO tenant VALUES (1)",
                    "INSERT INTO orders SELECT g, 'm' || g, g, 1 FROM generate_series(1, 100001) g");

            String bad = revision("d0000002", "d0000001", "", BAD);
            cli.write("migrations/Rd0000002.java", bad);
            Cli.Result lint = cli.expect(1, "lint");
            for (String rule : RULES) {
                assertThat(lint.out()).contains("lint: " + rule + " in d0000002");
            }
            assertThat(lint.out()).contains("(orders.token): adds column orders.token with the volatile default"
                    + " gen_random_uuid()").contains("orders holds 100001 rows");
            assertThat(lint.out().lines().filter(l -> l.startsWith("lint: missing-lock-timeout"))).hasSize(1);

            // CI annotations carry the file and the line of each op call
            Cli.Result github = cli.expect(1, "lint", "--format", "github");
            assertThat(github.out()).contains("::error file=migrations/Rd0000002.java,line="
                    + lineOf(bad, "op.addColumn") + ",title=volatile-default::")
                    .contains("file=migrations/Rd0000002.java,line=" + lineOf(bad, "op.renameColumn")
                            + ",title=rename-in-use::")
                    .contains("line=" + lineOf(bad, "op.createForeignKey") + ",title=constraint-without-not-valid::")
                    .contains("line=" + lineOf(bad, "op.createCheckConstraint")
                            + ",title=constraint-without-not-valid::");

            // check fails as documented (CHECK_FAILED, 1) in every format; SARIF puts each result on its line
            Map<String, Object> sarif = MiniJson.object(cli.expect(1, "check", "--format", "sarif").out());
            List<Map<String, Object>> results = SarifShape.validate(sarif);
            assertThat(results).anySatisfy(r -> assertThat(r).containsEntry("ruleId", "pending-revision"))
                    .anySatisfy(r -> {
                        assertThat(r).containsEntry("ruleId", "rename-in-use").containsEntry("level", "error");
                        assertThat(SarifShape.location(r)).isEqualTo("migrations/Rd0000002.java:"
                                + lineOf(bad, "op.renameColumn"));
                    });
            assertThat(cli.expect(1, "check", "--format", "github").out())
                    .contains("::error file=migrations/Rd0000002.java,title=pending-revision::pending revision: d0000002");

            String safe = revision("d0000002", "d0000001", ", online = true", SAFE);
            cli.write("migrations/Rd0000002.java", safe);
            Cli.Result quiet = cli.run("lint");
            for (String rule : RULES) {
                assertThat(quiet.out()).doesNotContain(rule);
            }
            // what stays is about the rows, not the locks: the validations may still fail on them
            assertThat(quiet.out()).contains("lint: foreign-key-on-existing-table")
                    .contains("lint: check-on-existing-table");

            StringBuilder acks = new StringBuilder();
            for (String rule : java.util.stream.Stream.concat(RULES.stream(), java.util.stream.Stream.of(
                    "foreign-key-on-existing-table", "check-on-existing-table")).toList()) {
                acks.append("@Acknowledge(rule = \"").append(rule).append("\", reason = \"off-peak window\")\n");
            }
            cli.write("migrations/Rd0000002.java", bad.replace("@Revision(", acks + "@Revision("));
            Cli.Result acknowledged = cli.expect(0, "lint");
            for (String rule : RULES) {
                assertThat(acknowledged.out().lines().filter(l -> l.startsWith("lint: " + rule + " in d0000002")))
                        .isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("[acknowledged: off-peak window]"));
            }
            // the online form runs on the real server
            Map<String, Object> acknowledgedSarif = MiniJson.object(cli.expect(0, "lint", "--format", "sarif").out());
            assertThat(SarifShape.validate(acknowledgedSarif)).isNotEmpty().allSatisfy(r -> assertThat(r)
                    .containsEntry("level", "note").containsKey("suppressions"));

            // the online form runs on the real server; then only the drift is left, on the configuration file
            cli.write("migrations/Rd0000002.java", safe);
            cli.expect(0, "upgrade", "head");
            assertThat(cli.expect(0, "lint", "--format", "github").out()).isEmpty();
            assertThat(cli.expect(1, "check", "--format", "github").out())
                    .contains("::error file=autogen.properties,title=drift::difference: ");
        }
    }

    static String revision(String id, String parent, String attributes, String upgrade) {
        return "package migrations;\n\nimport static dev.autogen.runtime.Ddl.*;\n\nimport dev.autogen.runtime.*;\n\n"
                + "@Revision(id = \"" + id + "\"" + (parent == null ? "" : ", parents = \"" + parent + "\"")
                + attributes + ")\npublic final class R" + id + " implements Migration {\n"
                + "    @Override\n    public void upgrade(Op op) {\n        " + upgrade + "\n    }\n\n"
                + "    @Override\n    public void downgrade(Op op) {\n        op.execute(\"SELECT 1\");\n    }\n}\n";
    }

    /** The 1-based line of {@code source} where {@code call} first appears. */
    static int lineOf(String source, String call) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(call)) {
                return i + 1;
            }
        }
        throw new AssertionError(call + " is not in the source");
    }
}
