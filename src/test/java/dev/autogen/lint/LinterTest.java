package dev.autogen.lint;

import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LinterTest {
    private static final TypeNormaliser PG = Dialects.forUrl("jdbc:postgresql://localhost/x", null).types();
    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private static final QualifiedName EMPTY = QualifiedName.of("empty_table");
    private static final QualifiedName NEW = QualifiedName.of("new_table");

    /** orders has 200,000 rows, empty_table none, new_table does not exist. */
    private static final RowCounts ROWS = t -> t.equals(ORDERS) ? OptionalLong.of(200_000)
            : t.equals(EMPTY) ? OptionalLong.of(0) : OptionalLong.empty();

    private static Column col(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, false, null);
    }

    private static Index index(String name, boolean unique) {
        return new Index(name, List.of(new IndexColumn("code", false, false)), unique, null);
    }

    /** Lints a revision that bounds its lock waits, so the rule about lock timeouts stays quiet. */
    private static List<Finding> lint(RowCounts rows, boolean concurrent, Map<String, String> acks, Operation... ops) {
        return new Linter(PG, rows, concurrent).lint(new RevisionPlan("r1", new Plan(List.of(ops)), acks, null,
                List.of(), true));
    }

    /** Lints a revision with no lock timeout, written in Orders.java with its operations on lines 10, 11, ... */
    private static List<Finding> lintWithoutTimeout(boolean online, Operation... ops) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < ops.length; i++) {
            lines.add(10 + i);
        }
        return new Linter(PG, ROWS, online).lint(new RevisionPlan("r1", new Plan(List.of(ops)), Map.of(),
                "migrations/Orders.java", lines, false));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " " + f.object()).toList();
    }

    @Test
    void eachRuleFindsItsOperation() {
        Table t = new Table(ORDERS, List.of(col("id", "bigint", false)), null, List.of(), List.of(), List.of(),
                List.of(), null);
        List<Finding> found = lint(ROWS, true, Map.of(),
                new DropTable(t),
                new DropColumn(ORDERS, col("note", "text", true)),
                new AlterColumn(ORDERS, col("name", "varchar(200)", true), col("name", "varchar(50)", false), null),
                new AddUniqueConstraint(ORDERS, new UniqueConstraint("uk_code", List.of("code"))),
                new CreateIndex(ORDERS, index("ix_code", false), false));
        assertThat(rules(found)).containsExactly(
                "drop-table orders",
                "drop-column orders.note",
                "narrowing-type orders.name",
                "not-null-existing-column orders.name",
                "unique-on-existing-table orders.uk_code",
                "non-concurrent-index orders.uk_code",
                "non-concurrent-index orders.ix_code");
        assertThat(found).allSatisfy(f -> assertThat(f.acknowledged()).isFalse());
        assertThat(found.get(6).message()).contains("200000 rows").contains("CONCURRENTLY");
    }

    @Test
    void rowRulesNeedRowsAndAnExistingTable() {
        List<Operation> ops = new ArrayList<>();
        for (QualifiedName t : List.of(EMPTY, NEW)) {
            ops.add(new AddUniqueConstraint(t, new UniqueConstraint("uk_" + t.name(), List.of("code"))));
            ops.add(new CreateIndex(t, index("ux_" + t.name(), true), false));
        }
        assertThat(lint(ROWS, true, Map.of(), ops.toArray(Operation[]::new))).isEmpty();
        assertThat(rules(lint(ROWS, true, Map.of(), new CreateIndex(ORDERS, index("ux_code", true), false))))
                .containsExactly("unique-on-existing-table orders.ux_code", "non-concurrent-index orders.ux_code");
    }

    @Test
    void concurrentIndexesAndOtherDialectsAreNotFlagged() {
        assertThat(lint(ROWS, true, Map.of(), new CreateIndex(ORDERS, index("ix_code", false), true))).isEmpty();
        assertThat(lint(ROWS, false, Map.of(), new CreateIndex(ORDERS, index("ix_code", false), false))).isEmpty();
        assertThat(lint(t -> OptionalLong.of(Linter.LARGE_TABLE_ROWS), true, Map.of(),
                new CreateIndex(ORDERS, index("ix_code", false), false))).isEmpty();
    }

    @Test
    void wideningAndRelaxingAreNotRisky() {
        assertThat(lint(ROWS, true, Map.of(),
                new AlterColumn(ORDERS, col("name", "varchar(50)", false), col("name", "varchar(200)", true), null),
                new AlterColumn(ORDERS, col("n", "integer", true), col("n", "bigint", true), null),
                new AddColumn(ORDERS, col("x", "text", true)),
                new CreateTable(new Table(NEW, List.of(col("id", "bigint", false)), null, List.of(), List.of(),
                        List.of(), List.of(), null)))).isEmpty();
    }

    @Test
    void acknowledgedFindingsCarryTheReason() {
        List<Finding> found = lint(ROWS, true, Map.of("drop-column", "never read since 2021"),
                new DropColumn(ORDERS, col("note", "text", true)), new DropColumn(ORDERS, col("old", "text", true)),
                new DropTable(new Table(EMPTY, List.of(col("id", "bigint", false)), null, List.of(), List.of(),
                        List.of(), List.of(), null)));
        assertThat(found).extracting(Finding::acknowledgement)
                .containsExactly("never read since 2021", "never read since 2021", null);
        assertThat(found.get(2).acknowledged()).isFalse();
    }

    @Test
    void eachTableIsCountedOnce() {
        List<QualifiedName> asked = new ArrayList<>();
        Linter linter = new Linter(PG, t -> {
            asked.add(t);
            return ROWS.count(t);
        }, true);
        linter.lint(List.of(
                new RevisionPlan("a", new Plan(List.of(new CreateIndex(ORDERS, index("ix1", true), false))), Map.of()),
                new RevisionPlan("b", new Plan(List.of(new CreateIndex(ORDERS, index("ix2", false), false))), Map.of())));
        assertThat(asked).containsExactly(ORDERS);
    }

    @Test
    void rowsToFailOnAreRequiredForTheRulesThatNeedThem() {
        List<Operation> ops = new ArrayList<>();
        for (QualifiedName t : List.of(ORDERS, EMPTY, NEW)) {
            ops.add(new AddColumn(t, col("tenant_id", "bigint", false)));
            ops.add(new AddCheckConstraint(t, new CheckConstraint("ck_" + t.name(), "id > 0")));
            ops.add(new AddForeignKey(t, new ForeignKey("fk_" + t.name(), List.of("tenant_id"), QualifiedName.of("tenant"),
                    List.of("id"), ReferentialAction.NO_ACTION)));
        }
        List<Finding> found = lint(ROWS, false, Map.of(), ops.toArray(Operation[]::new));
        assertThat(rules(found)).containsExactly("not-null-without-default orders.tenant_id",
                "check-on-existing-table orders.ck_orders", "foreign-key-on-existing-table orders.fk_orders");
        assertThat(found.get(0).message()).isEqualTo("adds column orders.tenant_id NOT NULL without a default: fails if"
                + " orders holds rows (MariaDB gives them the type's implicit default instead); orders holds 200000 rows");
        // offline (no row counts), only the rules that need no rows report
        assertThat(lint(RowCounts.NONE, false, Map.of(), ops.toArray(Operation[]::new))).isEmpty();
    }

    @Test
    void aTableTheRevisionCreatesIsNotAnExistingTable() {
        Table created = new Table(ORDERS, List.of(col("id", "bigint", false)), null, List.of(), List.of(), List.of(),
                List.of(), null);
        assertThat(lint(ROWS, false, Map.of(), new CreateTable(created),
                new AddColumn(ORDERS, col("tenant_id", "bigint", false)),
                new AddUniqueConstraint(ORDERS, new UniqueConstraint("uk_code", List.of("code"))))).isEmpty();
    }

    @Test
    void theDowntimeRulesFindTheirOperationsOnTablesWithRows() {
        ForeignKey fk = new ForeignKey("fk_tenant", List.of("tenant_id"), QualifiedName.of("tenant"), List.of("id"),
                ReferentialAction.NO_ACTION);
        List<Finding> found = lintWithoutTimeout(true,
                new AddColumn(ORDERS, new Column("token", "uuid", true, "gen_random_uuid()", false, null)),
                new dev.autogen.operation.RenameColumn(ORDERS, "mail", "email"),
                new dev.autogen.operation.RenameTable(ORDERS, "purchases"),
                new AddForeignKey(ORDERS, fk),
                new AddCheckConstraint(ORDERS, new CheckConstraint("ck_qty", "qty > 0")));
        assertThat(rules(found)).containsExactly(
                "volatile-default orders.token",
                "missing-lock-timeout orders.token",
                "rename-in-use orders.mail",
                "rename-in-use orders",
                "foreign-key-on-existing-table orders.fk_tenant",
                "constraint-without-not-valid orders.fk_tenant",
                "check-on-existing-table orders.ck_qty",
                "constraint-without-not-valid orders.ck_qty");
        assertThat(found).extracting(Finding::sourceLine).containsExactly(10, 10, 11, 12, 13, 13, 14, 14);
        assertThat(found).allSatisfy(f -> assertThat(f.source()).isEqualTo("migrations/Orders.java"));
        assertThat(found.get(2).message()).contains("expand and contract");
        assertThat(found.get(5).message()).contains("without NOT VALID").contains(".notValid()");
    }

    @Test
    void theSafeFormsAndNewOrEmptyTablesAreQuiet() {
        ForeignKey fk = new ForeignKey("fk_tenant", List.of("tenant_id"), QualifiedName.of("tenant"), List.of("id"),
                ReferentialAction.NO_ACTION);
        // now() is stable, not volatile: PostgreSQL stores the one value instead of rewriting
        List<Finding> safe = lintWithoutTimeout(true,
                new dev.autogen.operation.ExecuteSql("SET LOCAL lock_timeout = '2s'", null),
                new AddColumn(ORDERS, new Column("created", "timestamp", true, "now()", false, null)),
                new AddForeignKey(ORDERS, fk, true),
                new AddCheckConstraint(ORDERS, new CheckConstraint("ck_qty", "qty > 0"), true),
                new CreateIndex(ORDERS, index("ix_code", false), true),
                new dev.autogen.operation.RenameColumn(EMPTY, "mail", "email"),
                new AddColumn(EMPTY, new Column("token", "uuid", true, "gen_random_uuid()", false, null)));
        assertThat(rules(safe)).containsExactly("foreign-key-on-existing-table orders.fk_tenant",
                "check-on-existing-table orders.ck_qty");
        // a unique constraint's index is built under an ACCESS EXCLUSIVE lock, unless concurrently
        dev.autogen.model.UniqueConstraint uk = new UniqueConstraint("uk_code", List.of("code"));
        assertThat(rules(lintWithoutTimeout(true, new AddUniqueConstraint(ORDERS, uk))))
                .containsExactly("unique-on-existing-table orders.uk_code", "non-concurrent-index orders.uk_code",
                        "missing-lock-timeout orders.uk_code");
        assertThat(rules(lintWithoutTimeout(true, new AddUniqueConstraint(ORDERS, uk, true))))
                .containsExactly("unique-on-existing-table orders.uk_code", "missing-lock-timeout orders.uk_code");
        // a timeout of zero is no limit
        assertThat(rules(lintWithoutTimeout(true, new dev.autogen.operation.ExecuteSql("SET lock_timeout TO 0", null),
                new DropColumn(ORDERS, col("note", "text", true))))).containsExactly("drop-column orders.note",
                "missing-lock-timeout orders.note");
        // without PostgreSQL's online forms only a rename is a downtime risk
        assertThat(rules(lintWithoutTimeout(false, new AddForeignKey(ORDERS, fk),
                new dev.autogen.operation.RenameColumn(ORDERS, "mail", "email"),
                new CreateIndex(ORDERS, index("ix_code", false), false))))
                .containsExactly("foreign-key-on-existing-table orders.fk_tenant", "rename-in-use orders.mail");
    }

    @Test
    void theLockTimeoutRuleReportsOncePerRevision() {
        List<Finding> found = lintWithoutTimeout(true, new DropColumn(EMPTY, col("a", "text", true)),
                new DropColumn(ORDERS, col("b", "text", true)), new DropColumn(ORDERS, col("c", "text", true)));
        assertThat(rules(found)).containsExactly("drop-column empty_table.a", "drop-column orders.b",
                "missing-lock-timeout orders.b", "drop-column orders.c");
    }

    @Test
    void everyRiskRuleIsALintRule() throws Exception {
        for (java.lang.reflect.Field f : dev.autogen.compare.Risks.class.getFields()) {
            if (f.getType() == String.class) {
                assertThat(LintRule.byId((String) f.get(null))).as(f.getName()).isPresent();
            }
        }
    }

    @Test
    void ruleIdsRoundTrip() {
        for (LintRule r : LintRule.values()) {
            assertThat(LintRule.byId(r.id())).contains(r);
        }
        assertThat(LintRule.byId("no-such-rule")).isEmpty();
    }
}
