package dev.autogen.runtime;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.ColumnType;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.UniqueConstraint;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Static factories for the parts of a table, for use with {@code import static dev.autogen.runtime.Ddl.*}:
 * <pre>{@code
 * op.createTable("users",
 *         column("id", "bigint").notNull().identity(),
 *         column("email", "varchar(255)").notNull(),
 *         primaryKey("users_pkey", "id"),
 *         unique("uk_users_email", "email"));
 * }</pre>
 */
public final class Ddl {
    private Ddl() {
    }

    /** A column with an SQL type written as this database spells it; kept for revisions written before {@link Types}. */
    public static ColumnDef column(String name, String type) {
        return new ColumnDef(name, type, null);
    }

    /** A column with a portable type ({@link Types}), which each database renders in its own SQL. */
    public static ColumnDef column(String name, ColumnType type) {
        return new ColumnDef(name, null, java.util.Objects.requireNonNull(type, "type"));
    }

    public static PrimaryKeyElement primaryKey(String name, String... columns) {
        return new PrimaryKeyElement(new PrimaryKey(name, List.of(columns)));
    }

    public static UniqueElement unique(String name, String... columns) {
        return new UniqueElement(new UniqueConstraint(name, List.of(columns)));
    }

    public static CheckElement check(String name, String condition) {
        return new CheckElement(new CheckConstraint(name, condition));
    }

    public static CommentElement comment(String text) {
        return new CommentElement(text);
    }

    /** One row of values for {@code op.bulkInsert(table, columns, rows)}, in column order; values may be {@code null}. */
    public static List<Object> row(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /** The table's primary key. */
    public record PrimaryKeyElement(PrimaryKey primaryKey) implements TableElement {
    }

    /** A unique constraint of the table. */
    public record UniqueElement(UniqueConstraint constraint) implements TableElement {
    }

    /** A check constraint of the table. */
    public record CheckElement(CheckConstraint constraint) implements TableElement {
    }

    /** The table's comment. */
    public record CommentElement(String text) implements TableElement {
    }
}
