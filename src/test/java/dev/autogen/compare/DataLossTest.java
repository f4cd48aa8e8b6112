package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class DataLossTest {
    private final DataLoss loss = new DataLoss(new AliasNormaliser());
    private final QualifiedName t = qn("t");

    @Test
    void droppingATableLosesItsRows() {
        assertThat(loss.describe(new DropTable(table("orders")))).contains("drops table orders and all its rows");
    }

    @Test
    void droppingAColumnLosesItsValues() {
        assertThat(loss.describe(new DropColumn(QualifiedName.of("app", "t"), col("c", "text"))))
                .contains("drops column app.t.c and its values");
    }

    @Test
    void narrowingATypeRejectsLongerValues() {
        AlterColumn narrow = new AlterColumn(t, col("c", "varchar(255)"), col("c", "varchar(50)"), null);
        assertThat(loss.describe(narrow)).contains("narrows t.c from varchar(255) to varchar(50): longer values are rejected");
        AlterColumn bigint = new AlterColumn(t, col("n", "int8"), col("n", "integer"), null);
        assertThat(loss.describe(bigint)).contains("narrows t.n from int8 to integer: values that do not fit are rejected");
    }

    @Test
    void wideningOrAliasingATypeLosesNothing() {
        assertThat(loss.describe(new AlterColumn(t, col("c", "varchar(50)"), col("c", "varchar(255)"), null))).isEmpty();
        assertThat(loss.describe(new AlterColumn(t, col("c", "character varying(50)"), col("c", "varchar(50)"), null))).isEmpty();
    }

    @Test
    void makingAColumnNotNullFailsOnNulls() {
        AlterColumn op = new AlterColumn(t, col("c", "text"), notNull("c", "text"), null);
        assertThat(loss.describe(op)).contains("makes t.c NOT NULL: fails if it holds nulls");
        assertThat(loss.describe(op.reverse())).isEmpty();
    }

    @Test
    void narrowingAndNotNullTogetherSayBoth() {
        AlterColumn op = new AlterColumn(t, col("c", "varchar(9)"), notNull("c", "varchar(3)"), null);
        assertThat(loss.describe(op)).contains("narrows t.c from varchar(9) to varchar(3): longer values are rejected; "
                + "makes t.c NOT NULL: fails if it holds nulls");
    }

    @Test
    void enumTypesLoseRemovedValues() {
        assertThat(loss.describe(new DropEnumType(enumType("mood", "happy", "sad"))))
                .contains("drops enum type mood with values happy, sad");
        AlterEnumType removing = new AlterEnumType(enumType("mood", "happy", "sad", "meh"), enumType("mood", "happy"));
        assertThat(loss.describe(removing)).contains("removes sad, meh from enum type mood: fails if a column holds them");
        assertThat(loss.describe(removing.reverse())).isEmpty();
    }

    @Test
    void droppingASequenceResetsItsNumbering() {
        assertThat(loss.describe(new DropSequence(sequence("s", 1, 1))))
                .contains("drops sequence s: recreating it restarts its numbering");
    }

    @Test
    void deletingRowsSaysHowMany() {
        DeleteRows op = new DeleteRows(t, List.of("c"), List.of(List.of("a"), List.of("b")));
        assertThat(loss.describe(op)).contains("deletes 2 rows from t");
    }

    @Test
    void handWrittenSqlAndStructureOperationsClaimNothing() {
        assertThat(loss.describe(new ExecuteSql("delete from t", null))).isEmpty();
        assertThat(loss.describe(new CreateTable(table("t")))).isEmpty();
        assertThat(loss.describe(new AddColumn(t, col("c", "text")))).isEmpty();
        assertThat(loss.describe(new DropIndex(t, index("ix", "c"), false))).isEmpty();
        assertThat(loss.describe(new DropForeignKey(t, fk("fk", "c", "u")))).isEmpty();
    }
}
