package dev.autogen.compare;

import dev.autogen.model.*;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per change kind: {@code from} (the database), {@code to} (the target), the expected operations.
 * Every row is also run backwards: comparing {@code to} with {@code from} must give the reverse operations.
 */
class SchemaComparatorTest {
    private final SchemaComparator comparator = new SchemaComparator(new AliasNormaliser());

    private static final Table T = table("t", col("name", "varchar(50)"));
    private static final Table PARENT = table("parent");
    private static final ForeignKey CHILD_FK = fk("fk_child_parent", "parent_id", "parent");
    private static final Index CHILD_IX = index("ix_child_parent", "parent_id");
    private static final Table CHILD_BARE = table("child", col("parent_id", "bigint"));
    private static final Table CHILD = CHILD_BARE.withForeignKeys(List.of(CHILD_FK)).withIndexes(List.of(CHILD_IX));

    private static Arguments row(String name, SchemaModel from, SchemaModel to, Operation... expected) {
        return Arguments.of(name, from, to, List.of(expected));
    }

    private static Arguments columnRow(String name, Column from, Column to, boolean changed) {
        Table a = table("t", from);
        Table b = table("t", to);
        return changed ? row(name, model(a), model(b), new AlterColumn(qn("t"), from, to, null))
                : row(name, model(a), model(b));
    }

    private static Table withName(Column name) {
        return T.withColumns(List.of(T.columns().get(0), name));
    }

    private static Index ix(boolean unique, String where, IndexColumn... keys) {
        return new Index("ix_t_name", List.of(keys), unique, where);
    }

    static Stream<Arguments> rows() {
        Column name = col("name", "varchar(50)");
        ForeignKey cascade = new ForeignKey("fk_child_parent", List.of("parent_id"), qn("parent"), List.of("id"),
                ReferentialAction.CASCADE);
        Table other = table("other", col("code", "bigint")).withUniqueConstraints(List.of(unique("uq_other_code", "code")));
        ForeignKey toOtherCode = new ForeignKey("fk_child_parent", List.of("parent_id"), qn("other"), List.of("code"), null);
        return Stream.of(
                row("identical models", model(T, PARENT), model(T, PARENT)),
                row("table added", model(), model(T), new CreateTable(T)),
                row("table added with its index and foreign key", model(PARENT), model(PARENT, CHILD),
                        new CreateTable(CHILD_BARE), new CreateIndex(qn("child"), CHILD_IX, false),
                        new AddForeignKey(qn("child"), CHILD_FK)),
                row("table dropped after its foreign keys and indexes", model(PARENT, CHILD), model(PARENT),
                        new DropForeignKey(qn("child"), CHILD_FK), new DropIndex(qn("child"), CHILD_IX, false),
                        new DropTable(CHILD_BARE)),
                row("foreign key of another table to a dropped table", model(PARENT, CHILD),
                        model(CHILD.withForeignKeys(List.of())),
                        new DropForeignKey(qn("child"), CHILD_FK), new DropTable(PARENT)),
                row("column added", model(table("t")), model(T), new AddColumn(qn("t"), name)),
                row("columns added in the target's order", model(table("t")),
                        model(table("t", col("b", "text"), col("a", "text"))),
                        new AddColumn(qn("t"), col("b", "text")), new AddColumn(qn("t"), col("a", "text"))),
                row("columns dropped last first", model(table("t", col("a", "text"), col("b", "text"))),
                        model(table("t")),
                        new DropColumn(qn("t"), col("b", "text")), new DropColumn(qn("t"), col("a", "text"))),
                columnRow("type changed", name, col("name", "varchar(80)"), true),
                columnRow("type alias int4 = integer", col("n", "int4"), col("n", "integer"), false),
                columnRow("type alias character varying = varchar", col("name", "character varying(50)"), name, false),
                columnRow("nullability changed", name, name.withNullable(false), true),
                columnRow("default added", name, name.withDefault("'x'"), true),
                columnRow("default equal after the dialect's cast", name.withDefault("'x'::character varying"),
                        name.withDefault("'x'"), false),
                columnRow("default changed", name.withDefault("'x'"), name.withDefault("'y'"), true),
                columnRow("identity changed", col("n", "bigint"), col("n", "bigint").withIdentity(true), true),
                columnRow("column comment changed", name, name.withComment("the name"), true),
                columnRow("several attributes in one alter", name,
                        col("name", "varchar(10)").withNullable(false).withDefault("'a'").withComment("c"), true),
                row("primary key added", model(T.withPrimaryKey(null)), model(T),
                        new AddPrimaryKey(qn("t"), pk("pk_t", "id"))),
                row("primary key columns changed", model(T), model(T.withPrimaryKey(pk("pk_t", "id", "name"))),
                        new DropPrimaryKey(qn("t"), pk("pk_t", "id")), new AddPrimaryKey(qn("t"), pk("pk_t", "id", "name"))),
                row("primary key without a name matches any name", model(T), model(T.withPrimaryKey(pk(null, "id")))),
                // a table has one primary key: the database's own name (t_pkey, PRIMARY) matches the convention's
                row("primary key of another name over the same columns matches", model(T),
                        model(T.withPrimaryKey(pk("t_pkey", "id")))),
                row("foreign key added", model(PARENT, CHILD_BARE), model(PARENT, CHILD_BARE.withForeignKeys(List.of(CHILD_FK))),
                        new AddForeignKey(qn("child"), CHILD_FK)),
                row("foreign key on delete changed", model(PARENT, CHILD), model(PARENT, CHILD.withForeignKeys(List.of(cascade))),
                        new DropForeignKey(qn("child"), CHILD_FK), new AddForeignKey(qn("child"), cascade)),
                row("foreign key target changed", model(PARENT, other, CHILD),
                        model(PARENT, other, CHILD.withForeignKeys(List.of(toOtherCode))),
                        new DropForeignKey(qn("child"), CHILD_FK), new AddForeignKey(qn("child"), toOtherCode)),
                row("foreign key with another generated name is the same", model(PARENT, CHILD),
                        model(PARENT, CHILD.withForeignKeys(List.of(fk("FK7x2k9", "parent_id", "parent"))))),
                row("unique constraint added", model(T), model(T.withUniqueConstraints(List.of(unique("uq_t_name", "name")))),
                        new AddUniqueConstraint(qn("t"), unique("uq_t_name", "name"))),
                row("unique constraint changed", model(T.withUniqueConstraints(List.of(unique("uq_t", "name")))),
                        model(T.withUniqueConstraints(List.of(unique("uq_t", "name", "id")))),
                        new DropUniqueConstraint(qn("t"), unique("uq_t", "name")),
                        new AddUniqueConstraint(qn("t"), unique("uq_t", "name", "id"))),
                row("unique constraint with another generated name is the same",
                        model(T.withUniqueConstraints(List.of(unique("uq_t", "name")))),
                        model(T.withUniqueConstraints(List.of(unique("UK_abc123", "name"))))),
                row("index added", model(T), model(T.withIndexes(List.of(index("ix_t_name", "name")))),
                        new CreateIndex(qn("t"), index("ix_t_name", "name"), false)),
                row("index columns changed", model(T.withIndexes(List.of(index("ix_t_name", "name")))),
                        model(T.withIndexes(List.of(index("ix_t_name", "name", "id")))),
                        new DropIndex(qn("t"), index("ix_t_name", "name"), false),
                        new CreateIndex(qn("t"), index("ix_t_name", "name", "id"), false)),
                row("index order changed", model(T.withIndexes(List.of(ix(false, null, IndexColumn.asc("name"))))),
                        model(T.withIndexes(List.of(ix(false, null, IndexColumn.desc("name"))))),
                        new DropIndex(qn("t"), ix(false, null, IndexColumn.asc("name")), false),
                        new CreateIndex(qn("t"), ix(false, null, IndexColumn.desc("name")), false)),
                row("index made unique", model(T.withIndexes(List.of(ix(false, null, IndexColumn.asc("name"))))),
                        model(T.withIndexes(List.of(ix(true, null, IndexColumn.asc("name"))))),
                        new DropIndex(qn("t"), ix(false, null, IndexColumn.asc("name")), false),
                        new CreateIndex(qn("t"), ix(true, null, IndexColumn.asc("name")), false)),
                row("index predicate changed", model(T.withIndexes(List.of(ix(false, "name is not null", IndexColumn.asc("name"))))),
                        model(T.withIndexes(List.of(ix(false, "name <> ''", IndexColumn.asc("name"))))),
                        new DropIndex(qn("t"), ix(false, "name is not null", IndexColumn.asc("name")), false),
                        new CreateIndex(qn("t"), ix(false, "name <> ''", IndexColumn.asc("name")), false)),
                row("index predicate equal after the dialect's normalisation",
                        model(T.withIndexes(List.of(ix(false, "(name  is not null)", IndexColumn.asc("name"))))),
                        model(T.withIndexes(List.of(ix(false, "name is not null", IndexColumn.asc("name")))))),
                row("index with another generated name is the same", model(T.withIndexes(List.of(index("ix_t_name", "name")))),
                        model(T.withIndexes(List.of(index("IDXk3j2", "name"))))),
                row("check added", model(T), model(T.withChecks(List.of(check("ck_t", "id > 0")))),
                        new AddCheckConstraint(qn("t"), check("ck_t", "id > 0"))),
                row("check changed", model(T.withChecks(List.of(check("ck_t", "id > 0")))),
                        model(T.withChecks(List.of(check("ck_t", "id > 1")))),
                        new DropCheckConstraint(qn("t"), check("ck_t", "id > 0")),
                        new AddCheckConstraint(qn("t"), check("ck_t", "id > 1"))),
                row("check equal after the dialect's normalisation", model(T.withChecks(List.of(check("ck_t", "((id > 0))")))),
                        model(T.withChecks(List.of(check("ck_t", "id > 0"))))),
                row("table comment set", model(T), model(T.withComment("things")),
                        new SetTableComment(qn("t"), null, "things")),
                row("table comment changed", model(T.withComment("a")), model(T.withComment("b")),
                        new SetTableComment(qn("t"), "a", "b")),
                row("sequence added", sequences(), sequences(sequence("s", 1, 50)), new CreateSequence(sequence("s", 1, 50))),
                row("sequence increment changed", sequences(sequence("s", 1, 1)), sequences(sequence("s", 1, 50)),
                        new AlterSequence(sequence("s", 1, 1), sequence("s", 1, 50))),
                row("sequence start value ignored", sequences(sequence("s", 1, 50)), sequences(sequence("s", 1000, 50))),
                row("enum type added", enums(), enums(enumType("mood", "happy", "sad")),
                        new CreateEnumType(enumType("mood", "happy", "sad"))),
                row("enum type values changed", enums(enumType("mood", "happy", "sad")), enums(enumType("mood", "happy", "ok")),
                        new AlterEnumType(enumType("mood", "happy", "sad"), enumType("mood", "happy", "ok"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void comparesForward(String name, SchemaModel from, SchemaModel to, List<Operation> expected) {
        assertThat(comparator.compare(from, to).operations()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void comparesBackwardToTheReverse(String name, SchemaModel from, SchemaModel to, List<Operation> expected) {
        assertThat(comparator.compare(to, from).operations())
                .containsExactlyInAnyOrderElementsOf(new Plan(expected).reverse().operations());
    }

    /** Forward only: the reverse would have a foreign key on a column that is no longer unique on its own. */
    @Test
    void foreignKeysReferencingAChangedPrimaryKeyAreDroppedAndAddedAroundIt() {
        assertThat(comparator.compare(model(PARENT, CHILD_BARE.withForeignKeys(List.of(CHILD_FK))),
                model(PARENT.withPrimaryKey(pk("pk_parent", "id", "code")),
                        CHILD_BARE.withForeignKeys(List.of(fk("FKgen", "parent_id", "parent"))))).operations())
                .containsExactly(new DropForeignKey(qn("child"), CHILD_FK),
                        new DropPrimaryKey(qn("parent"), pk("pk_parent", "id")),
                        new AddPrimaryKey(qn("parent"), pk("pk_parent", "id", "code")),
                        new AddForeignKey(qn("child"), fk("FKgen", "parent_id", "parent")));
    }

    @Test
    void alteredSequenceKeepsTheDatabaseStartValue() {
        Plan plan = comparator.compare(sequences(sequence("s", 7, 1)), sequences(sequence("s", 1, 50)));
        assertThat(plan.operations()).containsExactly(new AlterSequence(sequence("s", 7, 1), sequence("s", 7, 50)));
    }

    @Test
    void asksTheNormaliserForTypes() {
        SchemaComparator exact = new SchemaComparator(new ExactNormaliser());
        SchemaModel a = model(table("t", col("n", "int4")));
        SchemaModel b = model(table("t", col("n", "integer")));
        assertThat(exact.compare(a, b).operations()).hasSize(1);
        assertThat(comparator.compare(a, b).isEmpty()).isTrue();
    }

    @Test
    void newTablesAreCreatedReferencedFirstAndTheirForeignKeysAddedLast() {
        Table a = table("a", col("b_id", "bigint")).withForeignKeys(List.of(fk("fk_a_b", "b_id", "b")));
        Table b = table("b");
        List<Operation> ops = comparator.compare(model(), model(a, b)).operations();
        assertThat(ops).containsExactly(new CreateTable(bare(b)), new CreateTable(bare(a)),
                new AddForeignKey(qn("a"), fk("fk_a_b", "b_id", "b")));
    }

    /** Compares verbatim: no alias is equal. */
    private static final class ExactNormaliser implements dev.autogen.dialect.TypeNormaliser {
        @Override
        public String type(String sqlType) {
            return sqlType;
        }

        @Override
        public String defaultValue(String expression, String sqlType) {
            return expression;
        }

        @Override
        public String expression(String sql) {
            return sql;
        }

        @Override
        public boolean isNarrowing(String fromType, String toType) {
            return false;
        }
    }
}
