package dev.autogen.runtime;

import dev.autogen.model.ColumnType;

import java.util.List;

/**
 * The portable column types revisions are written with, in the spirit of Alembic's {@code sa.String(40)}; each
 * database renders them in its own SQL when the revision runs (the table in docs/user-guide.md). Use with
 * {@code import static dev.autogen.runtime.Types.*}:
 * <pre>{@code
 * op.createTable("orders",
 *         column("id", BIGINT).notNull().identity(),
 *         column("placed_at", timestampTz(6)).notNull(),
 *         column("status", enumOf(20, "NEW", "PAID")).notNull(),
 *         column("total", decimal(12, 2)).notNull());
 * }</pre>
 * A type only one database has is written with {@link #postgresql}, {@link #mariadb} or {@link #h2}; running
 * such a revision on another database fails before anything runs, naming the column.
 */
public final class Types {
    public static final ColumnType BIGINT = ColumnType.portable("bigint");
    public static final ColumnType INTEGER = ColumnType.portable("integer");
    public static final ColumnType SMALLINT = ColumnType.portable("smallint");
    public static final ColumnType BOOL = ColumnType.portable("bool");
    public static final ColumnType DOUBLE = ColumnType.portable("double");
    public static final ColumnType REAL = ColumnType.portable("real");
    public static final ColumnType DATE = ColumnType.portable("date");
    /** Long text: {@code text} on PostgreSQL, {@code text} on MariaDB, {@code clob} on H2. */
    public static final ColumnType TEXT = ColumnType.portable("text");
    /** Very long text, as Hibernate maps {@code @Lob String}: {@code text}, {@code longtext}, {@code clob}. */
    public static final ColumnType CLOB = ColumnType.portable("clob");
    public static final ColumnType UUID = ColumnType.portable("uuid");
    public static final ColumnType JSON = ColumnType.portable("json");
    /** Large binary: {@code bytea}, {@code longblob}, {@code blob}. */
    public static final ColumnType BLOB = ColumnType.portable("blob");

    private Types() {
    }

    public static ColumnType varchar(int length) {
        return ColumnType.portable("varchar", length);
    }

    /** Fixed-length text, {@code char(length)}. */
    public static ColumnType character(int length) {
        return ColumnType.portable("character", length);
    }

    public static ColumnType decimal(int precision, int scale) {
        return ColumnType.portable("decimal", precision, scale);
    }

    /** Date and time without time zone, with {@code precision} fractional digits. */
    public static ColumnType timestamp(int precision) {
        return ColumnType.portable("timestamp", precision);
    }

    /** Date and time of an instant ({@code Instant}, {@code OffsetDateTime}): with time zone where the database has it. */
    public static ColumnType timestampTz(int precision) {
        return ColumnType.portable("timestampTz", precision);
    }

    public static ColumnType time(int precision) {
        return ColumnType.portable("time", precision);
    }

    /** Binary data up to {@code length} bytes ({@code bytea} on PostgreSQL). */
    public static ColumnType bytes(int length) {
        return ColumnType.portable("bytes", length);
    }

    /**
     * One of {@code values}: an {@code enum(...)} column on H2 and MariaDB, a {@code varchar(length)} with a check
     * on PostgreSQL, as Hibernate maps {@code @Enumerated(STRING)}.
     */
    public static ColumnType enumOf(int length, String... values) {
        return new ColumnType("enumOf", List.of(length), List.of(values), null);
    }

    /** {@link #enumOf(int, String...)} with the longest value's length. */
    public static ColumnType enumOf(String... values) {
        int length = 1;
        for (String v : values) {
            length = Math.max(length, v.length());
        }
        return enumOf(length, values);
    }

    /** An SQL type only PostgreSQL has ({@code jsonb}, a named enum type); other databases refuse the revision. */
    public static ColumnType postgresql(String sqlType) {
        return ColumnType.specific("postgresql", sqlType);
    }

    /** An SQL type only MariaDB has; other databases refuse the revision. */
    public static ColumnType mariadb(String sqlType) {
        return ColumnType.specific("mariadb", sqlType);
    }

    /** An SQL type only the dialect named {@code dialect} has; other databases refuse the revision. */
    public static ColumnType only(String dialect, String sqlType) {
        return ColumnType.specific(dialect, sqlType);
    }

    /** An SQL type only H2 has; other databases refuse the revision. */
    public static ColumnType h2(String sqlType) {
        return ColumnType.specific("h2", sqlType);
    }
}
