package dev.autogen;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Irreversible;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.Op;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operation that does not carry what undoing it needs says so; it never becomes an empty table. */
class HonestReverseTest {
    private static final QualifiedName T = QualifiedName.of("t");

    @Test
    void aHandWrittenDropOfATableOrAColumnByNameHasNoReverseAndSaysWhatToWrite() {
        Op op = new Op();
        op.dropTable("audit_log");
        op.dropColumn("orders", "note");
        List<Operation> reverses = op.plan().reverse().operations();
        assertThat(reverses).allMatch(Irreversible.class::isInstance);
        for (Dialect dialect : Dialects.all()) {
            for (Operation reverse : reverses) {
                assertThatThrownBy(() -> dialect.renderer().render(reverse))
                        .isInstanceOf(AutogenException.class)
                        .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION))
                        .hasMessageContaining("write the downgrade by hand");
            }
        }
        assertThat(((Irreversible) reverses.get(0)).reason()).contains("op.dropColumn(\"orders\", \"note\")");
        assertThat(((Irreversible) reverses.get(1)).reason()).contains("op.dropTable(\"audit_log\")")
                .contains("op.createTable(\"audit_log\"");
        // reversing twice gives the drops back
        assertThat(op.plan().reverse().reverse()).isEqualTo(op.plan());
    }

    @Test
    void dropsThatCarryTheirDefinitionStillReverseToTheCreate() {
        Table table = Table.of(T, List.of(Column.of("id", "bigint")));
        assertThat(new DropTable(table).reverse()).isEqualTo(new CreateTable(table));
        assertThat(new DropColumn(T, Column.of("id", "bigint")).reverse()).isEqualTo(new AddColumn(T, Column.of("id", "bigint")));
    }

    @Test
    void anAlterColumnKeepsItsUsingWhenReversedTwice() {
        AlterColumn change = new AlterColumn(T, Column.of("n", "text"), Column.of("n", "bigint"), "n::bigint");
        assertThat(change.reverse()).isEqualTo(new AlterColumn(T, Column.of("n", "bigint"), Column.of("n", "text"),
                null, "n::bigint"));
        assertThat(change.reverse().reverse()).isEqualTo(change);
    }
}
