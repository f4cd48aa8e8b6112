package dev.autogen.model;

/** When a constraint is checked: at once, or (PostgreSQL's {@code DEFERRABLE}) possibly at commit. */
public enum Deferral {
    NOT_DEFERRABLE(""),
    INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    /** The clause after the constraint, empty for {@link #NOT_DEFERRABLE}. */
    public String sql() {
        return sql;
    }
}
