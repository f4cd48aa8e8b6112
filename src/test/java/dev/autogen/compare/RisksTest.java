package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class RisksTest {
    private final Risks risks = new Risks(new AliasNormaliser());
    private final QualifiedName t = qn("t");

    /** Each risk as {@code MAY FAIL: sentence [rule]}, on tables that exist already. */
    private List<String> describe(Operation op) {
        return risks.of(op).stream().map(r -> r.line() + " [" + r.rule() + "]").toList();
    }

    @Test
    void droppingATableLosesItsRows() {
        assertThat(describe(new DropTable(table("orders"))))
                .containsExactly("DATA LOSS: drops table orders and all its rows [drop-table]");
    }

    @Test
    void droppingAColumnLosesItsValues() {
        assertThat(describe(new DropColumn(QualifiedName.of("app", "t"), col("c", "text"))))
                .containsExactly("DATA LOSS: drops column app.t.c and its values [drop-column]");
    }

    @Test
    void narrowingATypeMayFail() {
        AlterColumn narrow = new AlterColumn(t, col("c", "varchar(255)"), col("c", "varchar(50)"), null);
        assertThat(describe(narrow)).containsExactly("MAY FAIL: narrows t.c from varchar(255) to varchar(50): longer"
                + " values are rejected [narrowing-type]");
        AlterColumn bigint = new AlterColumn(t, col("n", "int8"), col("n", "integer"), null);
        assertThat(describe(bigint)).containsExactly("MAY FAIL: narrows t.n from int8 to integer: values that do not"
                + " fit are rejected [narrowing-type]");
    }

    @Test
    void wideningOrAliasingATypeLosesNothing() {
        assertThat(describe(new AlterColumn(t, col("c", "varchar(50)"), col("c", "varchar(255)"), null))).isEmpty();
        assertThat(describe(new AlterColumn(t, col("c", "character varying(50)"), col("c", "varchar(50)"), null))).isEmpty();
    }

    @Test
    void makingAColumnNotNullMayFailOnNulls() {
        AlterColumn op = new AlterColumn(t, col("c", "text"), notNull("c", "text"), null);
        assertThat(describe(op)).containsExactly("MAY FAIL: makes t.c NOT NULL: fails if any row holds a null"
                + " [not-null-existing-column]");
        assertThat(describe(op.reverse())).isEmpty();
    }

    @Test
    void narrowingAndNotNullTogetherAreTwoRisks() {
        AlterColumn op = new AlterColumn(t, col("c", "varchar(9)"), notNull("c", "varchar(3)"), null);
        assertThat(describe(op)).containsExactly(
                "MAY FAIL: narrows t.c from varchar(9) to varchar(3): longer values are rejected [narrowing-type]",
                "MAY FAIL: makes t.c NOT NULL: fails if any row holds a null [not-null-existing-column]");
    }

    @Test
    void aNotNullColumnWithoutAValueForExistingRowsMayFail() {
        assertThat(describe(new AddColumn(t, notNull("c", "text")))).containsExactly("MAY FAIL: adds column t.c NOT NULL"
                + " without a default: fails if t holds rows (MariaDB gives them the type's implicit default instead)"
                + " [not-null-without-default]");
        assertThat(describe(new AddColumn(t, new Column("c", "integer", false, "0", false, null)))).isEmpty();
        assertThat(describe(new AddColumn(t, new Column("c", "bigint", false, null, true, null)))).isEmpty();
        assertThat(describe(new AddColumn(t, new Column("c", "integer", false, null, false, null, "a + 1", null))))
                .isEmpty();
        assertThat(describe(new AddColumn(t, col("c", "text")))).isEmpty();
    }

    @Test
    void keysAndChecksAddedToAnExistingTableMayFail() {
        assertThat(describe(new AddUniqueConstraint(t, new UniqueConstraint("uk_t_c", List.of("c")))))
                .containsExactly("MAY FAIL: adds unique constraint uk_t_c on t: fails if its rows hold duplicates"
                        + " [unique-on-existing-table]");
        assertThat(describe(new CreateIndex(t, new Index("ux_t_c", List.of(IndexColumn.asc("c")), true, null), false)))
                .containsExactly("MAY FAIL: adds unique index ux_t_c on t: fails if its rows hold duplicates"
                        + " [unique-on-existing-table]");
        assertThat(describe(new CreateIndex(t, index("ix_t_c", "c"), false))).isEmpty();
        assertThat(describe(new AddCheckConstraint(t, new CheckConstraint("ck_t_c", "c > 0"))))
                .containsExactly("MAY FAIL: adds check ck_t_c on t: fails if a row breaks it [check-on-existing-table]");
        assertThat(describe(new AddForeignKey(t, fk("fk_t_u", "u_id", "u")))).containsExactly("MAY FAIL: adds foreign"
                + " key fk_t_u on t: fails if a row references no row of u [foreign-key-on-existing-table]");
    }

    @Test
    void aTableTheRevisionCreatesHasNoRowsToFailOn() {
        Plan plan = new Plan(List.of(new CreateTable(table("t")), new AddColumn(t, notNull("c", "text")),
                new AddForeignKey(t, fk("fk_t_u", "u_id", "u")),
                new AddUniqueConstraint(t, new UniqueConstraint("uk_t_c", List.of("c"))),
                new AddCheckConstraint(qn("other"), new CheckConstraint("ck", "c > 0"))));
        Set<QualifiedName> created = Risks.createdTables(plan, plan.reverse());
        assertThat(created).containsExactly(t);
        assertThat(plan.operations()).flatMap(op -> risks.of(op, created)).extracting(Risk::rule)
                .containsExactly("check-on-existing-table");
    }

    @Test
    void enumTypesLoseOrRejectRemovedValues() {
        assertThat(describe(new DropEnumType(enumType("mood", "happy", "sad"))))
                .containsExactly("DATA LOSS: drops enum type mood with values happy, sad [null]");
        AlterEnumType removing = new AlterEnumType(enumType("mood", "happy", "sad", "meh"), enumType("mood", "happy"));
        assertThat(describe(removing)).containsExactly("MAY FAIL: removes sad, meh from enum type mood: fails if a"
                + " column holds them [null]");
        assertThat(describe(removing.reverse())).isEmpty();
    }

    @Test
    void droppingASequenceResetsItsNumbering() {
        assertThat(describe(new DropSequence(sequence("s", 1, 1))))
                .containsExactly("DATA LOSS: drops sequence s: recreating it restarts its numbering [null]");
    }

    @Test
    void deletingRowsSaysHowMany() {
        DeleteRows op = new DeleteRows(t, List.of("c"), List.of(List.of("a"), List.of("b")));
        assertThat(describe(op)).containsExactly("DATA LOSS: deletes 2 rows from t [null]");
    }

    @Test
    void handWrittenSqlAndStructureOperationsClaimNothing() {
        assertThat(describe(new ExecuteSql("delete from t", null))).isEmpty();
        assertThat(describe(new CreateTable(table("t")))).isEmpty();
        assertThat(describe(new AddColumn(t, col("c", "text")))).isEmpty();
        assertThat(describe(new DropIndex(t, index("ix", "c"), false))).isEmpty();
        assertThat(describe(new DropForeignKey(t, fk("fk", "c", "u")))).isEmpty();
    }
}
