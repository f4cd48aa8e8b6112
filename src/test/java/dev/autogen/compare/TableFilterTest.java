package dev.autogen.compare;

import dev.autogen.model.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class TableFilterTest {
    private static final Table ORDERS = table("orders");
    private static final Table ORDER_LINES = table("order_lines", col("order_id", "bigint"))
            .withForeignKeys(List.of(fk("fk_lines_orders", "order_id", "orders")));
    private static final Table AUDIT = Table.of(QualifiedName.of("audit", "log"), List.of(col("id", "bigint")));
    private static final Table VERSION = table("autogen_version");
    private static final SchemaModel MODEL = new SchemaModel(List.of(ORDERS, ORDER_LINES, AUDIT, VERSION),
            List.of(sequence("s", 1, 1)), List.of(enumType("mood", "ok")));

    private static List<QualifiedName> names(SchemaModel model) {
        return model.tables().stream().map(Table::name).toList();
    }

    @Test
    void alwaysRemovesTheVersionTable() {
        SchemaModel filtered = TableFilter.versionTableOnly("autogen_version").apply(MODEL);
        assertThat(names(filtered)).containsExactly(qn("orders"), qn("order_lines"), QualifiedName.of("audit", "log"));
        assertThat(filtered.sequences()).isEqualTo(MODEL.sequences());
        assertThat(filtered.enumTypes()).isEqualTo(MODEL.enumTypes());
        assertThat(names(new TableFilter(List.of("*"), List.of(), "autogen_version").apply(MODEL))).doesNotContain(qn("autogen_version"));
    }

    @Test
    void removesASchemaQualifiedVersionTable() {
        Table inSchema = Table.of(QualifiedName.of("app", "autogen_version"), List.of(col("v", "text")));
        SchemaModel model = new SchemaModel(List.of(inSchema, ORDERS), List.of(), List.of());
        assertThat(names(TableFilter.versionTableOnly("app.autogen_version").apply(model))).containsExactly(qn("orders"));
        assertThat(names(TableFilter.versionTableOnly("autogen_version").apply(model))).containsExactly(qn("orders"));
    }

    @Test
    void includesByGlob() {
        TableFilter filter = new TableFilter(List.of("order*"), List.of(), "autogen_version");
        assertThat(names(filter.apply(MODEL))).containsExactly(qn("orders"), qn("order_lines"));
        TableFilter single = new TableFilter(List.of("order?"), List.of(), null);
        assertThat(names(single.apply(MODEL))).containsExactly(qn("orders"));
    }

    @Test
    void excludesByGlobAgainstSchemaAndTable() {
        TableFilter filter = new TableFilter(List.of(), List.of("audit.*"), "autogen_version");
        assertThat(names(filter.apply(MODEL))).containsExactly(qn("orders"), qn("order_lines"));
        TableFilter bare = new TableFilter(List.of(), List.of("log"), "autogen_version");
        assertThat(names(bare.apply(MODEL))).containsExactly(qn("orders"), qn("order_lines"));
    }

    @Test
    void excludeWinsOverInclude() {
        TableFilter filter = new TableFilter(List.of("order*"), List.of("*_lines"), null);
        assertThat(names(filter.apply(MODEL))).containsExactly(qn("orders"));
    }

    @Test
    void globsAreCaseSensitiveAndLiteralOtherwise() {
        assertThat(names(new TableFilter(List.of("ORDERS"), List.of(), null).apply(MODEL))).isEmpty();
        assertThat(names(new TableFilter(List.of("order.lines"), List.of(), null).apply(MODEL))).isEmpty();
        assertThat(names(new TableFilter(List.of("order_[a-z]ines"), List.of(), null).apply(MODEL))).isEmpty();
    }

    @Test
    void keepsForeignKeysToFilteredOutTables() {
        TableFilter filter = new TableFilter(List.of(), List.of("orders"), null);
        SchemaModel filtered = filter.apply(MODEL);
        assertThat(filtered.table(qn("order_lines")).orElseThrow().foreignKeys())
                .containsExactly(fk("fk_lines_orders", "order_id", "orders"));
        assertThat(filtered.table(qn("orders"))).isEmpty();
    }
}
