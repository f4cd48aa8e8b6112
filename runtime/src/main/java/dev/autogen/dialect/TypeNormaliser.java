package dev.autogen.dialect;

import dev.autogen.model.ReferentialAction;

/**
 * Decides equality where it depends on the dialect: type aliases ({@code int4} = {@code integer}),
 * default expressions ({@code 'a'::character varying} = {@code 'a'}), check and index predicates.
 * All methods return a canonical form; two values are equal when their canonical forms are.
 */
public interface TypeNormaliser {

    /** Canonical form of an SQL type, e.g. {@code character varying(255)} becomes {@code varchar(255)}. */
    String type(String sqlType);

    /**
     * The type as exactly as the database keeps it, where {@link #type} merges types that behave alike (MariaDB's
     * {@code tinyint(1)} and {@code bit(1)} are both {@code boolean}); {@code check --strict} reports the difference.
     */
    default String exactType(String sqlType) {
        return type(sqlType);
    }

    /** Canonical form of a default expression, or {@code null} for no default. */
    String defaultValue(String expression, String sqlType);

    /** Canonical form of a check condition or partial-index predicate. */
    String expression(String sql);

    /**
     * Canonical form of a foreign key's action: actions the database treats alike (InnoDB's {@code RESTRICT}
     * and {@code NO ACTION}) have one form. By default every action is its own.
     */
    default ReferentialAction referentialAction(ReferentialAction action) {
        return action;
    }

    /** True when converting a column from {@code fromType} to {@code toType} can lose or reject data. */
    boolean isNarrowing(String fromType, String toType);

    /**
     * True when changing a column from {@code fromType} to {@code toType} rewrites (or scans) the whole table under
     * a lock that blocks reads and writes; false for a change the database makes in its catalog alone (PostgreSQL:
     * {@code varchar(n)} to a longer {@code varchar} or {@code text}). By default autogen does not say.
     */
    default boolean rewritesTable(String fromType, String toType) {
        return false;
    }

    /**
     * True when a new column with this default makes the database write a value into every existing row
     * (PostgreSQL: a volatile function such as {@code random()} or {@code gen_random_uuid()}); a constant or a
     * stable default ({@code now()}) is stored once in the catalog. By default autogen does not say.
     */
    default boolean volatileDefault(String expression) {
        return false;
    }
}
