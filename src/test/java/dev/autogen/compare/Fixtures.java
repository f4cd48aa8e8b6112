package dev.autogen.compare;

import dev.autogen.model.*;

import java.util.Arrays;
import java.util.List;

/** Small factories for hand-built models in comparator tests. */
final class Fixtures {
    private Fixtures() {
    }

    static QualifiedName qn(String name) {
        return QualifiedName.of(name);
    }

    static Column col(String name, String type) {
        return Column.of(name, type);
    }

    static Column notNull(String name, String type) {
        return Column.of(name, type).withNullable(false);
    }

    /** {@code id bigint not null} with primary key {@code pk_<name>}, plus the given columns. */
    static Table table(String name, Column... columns) {
        List<Column> all = new java.util.ArrayList<>();
        all.add(notNull("id", "bigint"));
        all.addAll(Arrays.asList(columns));
        return Table.of(qn(name), all).withPrimaryKey(new PrimaryKey("pk_" + name, List.of("id")));
    }

    static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of(tables), List.of(), List.of());
    }

    static SchemaModel sequences(Sequence... sequences) {
        return new SchemaModel(List.of(), List.of(sequences), List.of());
    }

    static SchemaModel enums(EnumType... types) {
        return new SchemaModel(List.of(), List.of(), List.of(types));
    }

    static PrimaryKey pk(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    /** A single-column foreign key to {@code target.id}. */
    static ForeignKey fk(String name, String column, String target) {
        return new ForeignKey(name, List.of(column), qn(target), List.of("id"), ReferentialAction.NO_ACTION);
    }

    static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    static Index index(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexColumn::asc).toList(), false, null);
    }

    static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    static Sequence sequence(String name, long start, long increment) {
        return new Sequence(qn(name), start, increment);
    }

    static EnumType enumType(String name, String... values) {
        return new EnumType(qn(name), List.of(values));
    }

    /** The table as CreateTable/DropTable carry it. */
    static Table bare(Table table) {
        return table.withForeignKeys(List.of()).withIndexes(List.of());
    }
}
