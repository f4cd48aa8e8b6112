package dev.autogen.dialect.h2;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.*;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round trip per operation kind against a live database: render and run the operation, inspect, expect
 * the change; render and run its reverse, inspect, expect the start. Subclasses give the dialect, a fresh
 * database and the setup SQL creating CUSTOMER (ID identity PK, EMAIL, NAME), ORDERS (ID PK_ORDERS,
 * CUSTOMER_ID with FK_ORDERS_CUSTOMER, CODE with UK_ORDERS_CODE and IX_ORDERS_CODE, CK_ORDERS_ID), NOPK (X), KEYED (K primary key)
 * and sequence SEQ1 (1, 1).
 */
public abstract class RoundTripCases {
    protected static final QualifiedName CUSTOMER = QualifiedName.of("CUSTOMER");
    protected static final QualifiedName ORDERS = QualifiedName.of("ORDERS");
    protected static final QualifiedName NOPK = QualifiedName.of("NOPK");
    protected static final QualifiedName KEYED = QualifiedName.of("KEYED");

    protected abstract Dialect dialect();

    protected abstract TestDatabase database();

    protected abstract String[] setup();

    /** The canonical name of the 4-byte integer type ({@code integer} or {@code int}). */
    protected abstract String intType();

    private record Case(String name, Function<SchemaModel, Operation> op, Consumer<SchemaModel> expect) {
    }

    private static Table table(SchemaModel m, QualifiedName name) {
        return m.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + m));
    }

    private List<Case> cases() {
        Table created = new Table(QualifiedName.of("PRODUCT"), List.of(
                new Column("ID", "bigint", false, null, true, null),
                new Column("SKU", "varchar(40)", false, "'none'", false, "stock unit"),
                new Column("QTY", intType(), true, null, false, null)),
                new PrimaryKey(null, List.of("ID")), List.of(), List.of(new UniqueConstraint("UK_PRODUCT_SKU", List.of("SKU"))),
                List.of(), List.of(new CheckConstraint("CK_PRODUCT_QTY", "QTY >= 0")), "things we sell");
        return List.of(
                new Case("CreateTable", m -> new CreateTable(created), m -> {
                    Table t = table(m, created.name());
                    assertThat(t.columns()).containsExactlyElementsOf(created.columns());
                    assertThat(t.uniqueConstraints()).containsExactlyElementsOf(created.uniqueConstraints());
                    assertThat(t.comment()).isEqualTo("things we sell");
                    assertThat(t.checks()).extracting(CheckConstraint::name).containsExactly("CK_PRODUCT_QTY");
                }),
                new Case("DropTable", m -> new DropTable(table(m, NOPK)), m -> assertThat(m.table(NOPK)).isEmpty()),
                new Case("RenameTable", m -> new RenameTable(NOPK, "RENAMED"),
                        m -> assertThat(m.table(QualifiedName.of("RENAMED"))).isPresent()),
                new Case("SetTableComment", m -> new SetTableComment(NOPK, null, "no key"),
                        m -> assertThat(table(m, NOPK).comment()).isEqualTo("no key")),
                new Case("AddColumn", m -> new AddColumn(CUSTOMER, new Column("SCORE", intType(), false, "7", false, "points")),
                        m -> assertThat(table(m, CUSTOMER).column("SCORE")).contains(
                                new Column("SCORE", intType(), false, "7", false, "points"))),
                new Case("DropColumn", m -> new DropColumn(CUSTOMER, table(m, CUSTOMER).column("NAME").orElseThrow()),
                        m -> assertThat(table(m, CUSTOMER).column("NAME")).isEmpty()),
                new Case("RenameColumn", m -> new RenameColumn(CUSTOMER, "NAME", "FULL_NAME"),
                        m -> assertThat(table(m, CUSTOMER).column("FULL_NAME")).isPresent()),
                new Case("AlterColumn", m -> {
                    Column name = table(m, CUSTOMER).column("NAME").orElseThrow();
                    return new AlterColumn(CUSTOMER, name, new Column("NAME", "varchar(200)", false, "'x'", false, "shown"), null);
                }, m -> assertThat(table(m, CUSTOMER).column("NAME")).contains(
                        new Column("NAME", "varchar(200)", false, "'x'", false, "shown"))),
                new Case("AlterColumnIdentity", m -> {
                    Column id = table(m, KEYED).column("K").orElseThrow();
                    return new AlterColumn(KEYED, id, id.withType("bigint").withIdentity(true), null);
                }, m -> assertThat(table(m, KEYED).column("K")).contains(new Column("K", "bigint", false, null, true, null))),
                new Case("AddPrimaryKey", m -> new AddPrimaryKey(NOPK, new PrimaryKey("PK_NOPK", List.of("X"))),
                        m -> assertThat(table(m, NOPK).primaryKey().columns()).containsExactly("X")),
                new Case("DropPrimaryKey", m -> new DropPrimaryKey(ORDERS, table(m, ORDERS).primaryKey()),
                        m -> assertThat(table(m, ORDERS).primaryKey()).isNull()),
                new Case("AddForeignKey", m -> new AddForeignKey(NOPK, new ForeignKey("FK_NOPK_ORDERS", List.of("X"), ORDERS,
                        List.of("ID"), ReferentialAction.CASCADE)), m -> assertThat(table(m, NOPK).foreignKeys()).containsExactly(
                        new ForeignKey("FK_NOPK_ORDERS", List.of("X"), ORDERS, List.of("ID"), ReferentialAction.CASCADE))),
                new Case("DropForeignKey", m -> new DropForeignKey(ORDERS, table(m, ORDERS).foreignKeys().get(0)),
                        m -> assertThat(table(m, ORDERS).foreignKeys()).isEmpty()),
                new Case("AddUniqueConstraint", m -> new AddUniqueConstraint(CUSTOMER, new UniqueConstraint("UK_EMAIL", List.of("EMAIL"))),
                        m -> assertThat(table(m, CUSTOMER).uniqueConstraints()).contains(new UniqueConstraint("UK_EMAIL", List.of("EMAIL")))),
                new Case("RenameUniqueConstraint", m -> new RenameUniqueConstraint(ORDERS,
                        table(m, ORDERS).uniqueConstraints().get(0).name(), "UK_RENAMED"),
                        m -> assertThat(table(m, ORDERS).uniqueConstraints()).extracting(UniqueConstraint::name)
                                .containsExactly("UK_RENAMED")),
                new Case("DropUniqueConstraint", m -> new DropUniqueConstraint(ORDERS, table(m, ORDERS).uniqueConstraints().get(0)),
                        m -> assertThat(table(m, ORDERS).uniqueConstraints()).isEmpty()),
                new Case("AddCheckConstraint", m -> new AddCheckConstraint(CUSTOMER, new CheckConstraint("CK_EMAIL", "EMAIL <> ''")),
                        m -> assertThat(table(m, CUSTOMER).checks()).extracting(CheckConstraint::name).contains("CK_EMAIL")),
                new Case("DropCheckConstraint", m -> new DropCheckConstraint(ORDERS, table(m, ORDERS).checks().get(0)),
                        m -> assertThat(table(m, ORDERS).checks()).isEmpty()),
                new Case("CreateIndex", m -> new CreateIndex(CUSTOMER, new Index("IX_CUSTOMER", List.of(IndexColumn.asc("NAME"),
                        IndexColumn.desc("EMAIL")), false, null), false), m -> assertThat(table(m, CUSTOMER).indexes()).containsExactly(
                        new Index("IX_CUSTOMER", List.of(IndexColumn.asc("NAME"), IndexColumn.desc("EMAIL")), false, null))),
                new Case("DropIndex", m -> new DropIndex(ORDERS, table(m, ORDERS).indexes().get(0), false),
                        m -> assertThat(table(m, ORDERS).indexes()).isEmpty()),
                new Case("RenameIndex", m -> new RenameIndex(ORDERS, table(m, ORDERS).indexes().get(0).name(), "IX_RENAMED"),
                        m -> assertThat(table(m, ORDERS).indexes()).extracting(Index::name).containsExactly("IX_RENAMED")),
                new Case("CreateSequence", m -> new CreateSequence(new Sequence(QualifiedName.of("SEQ2"), 10, 5)),
                        m -> assertThat(uncached(m.sequences())).contains(new Sequence(QualifiedName.of("SEQ2"), 10, 5))),
                new Case("DropSequence", m -> new DropSequence(m.sequences().get(0)), m -> assertThat(m.sequences()).isEmpty()),
                new Case("AlterSequence", m -> new AlterSequence(m.sequences().get(0), new Sequence(QualifiedName.of("SEQ1"), 20, 3)),
                        m -> assertThat(uncached(m.sequences())).containsExactly(new Sequence(QualifiedName.of("SEQ1"), 20, 3))),
                new Case("ExecuteSql", m -> new ExecuteSql("CREATE TABLE HANDMADE (A " + intType() + ")", "DROP TABLE HANDMADE"),
                        m -> assertThat(m.table(QualifiedName.of("HANDMADE"))).isPresent()));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationKindRoundTrips() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (TestDatabase db = database(); Connection connection = db.connect()) {
                db.execute(setup());
                RoundTrip trip = new RoundTrip(dialect(), connection);
                trip.check(c.op().apply(trip.inspect()), c.expect());
            }
        }));
    }

    @Test
    void seedRowsAreInsertedAndDeletedAgain() throws Exception {
        try (TestDatabase db = database(); Connection connection = db.connect()) {
            db.execute(setup());
            RoundTrip trip = new RoundTrip(dialect(), connection);
            BulkInsert insert = new BulkInsert(CUSTOMER, List.of("ID", "EMAIL", "NAME"),
                    List.of(List.of(1L, "a@x.org", "O'Brien \\ back"), java.util.Arrays.asList(2L, "b@x.org", null)));
            trip.apply(insert);
            assertThat(names(connection)).containsExactly("O'Brien \\ back", null);
            trip.apply(insert.reverse());
            assertThat(names(connection)).isEmpty();
        }
    }

    private static List<String> names(Connection connection) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT NAME FROM CUSTOMER ORDER BY ID")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Sequences without their cache: the cache a dialect gives an unstated one differs (MariaDB writes NOCACHE, as
     * Hibernate does, and reads back 0); the dialect tests check it.
     */
    private static java.util.List<Sequence> uncached(java.util.List<Sequence> sequences) {
        return sequences.stream().map(q -> new Sequence(q.name(), q.startWith(), q.incrementBy())).toList();
    }
}
