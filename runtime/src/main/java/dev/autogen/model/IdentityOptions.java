package dev.autogen.model;

/**
 * The options of an identity column's generator: first value, step, and whether it wraps around at its limit.
 * Entities cannot state them ({@code @GeneratedValue(strategy = IDENTITY)} has none), so a column built from
 * entities has none and uses the database's defaults.
 */
public record IdentityOptions(long start, long increment, boolean cycle) {
    public IdentityOptions {
        if (increment == 0) {
            throw new IllegalArgumentException("an identity cannot have an increment of 0");
        }
    }

    /** True for the defaults every database uses: start 1, increment 1, no cycle. */
    public boolean isDefault() {
        return start == 1 && increment == 1 && !cycle;
    }

    /** {@code (START WITH s INCREMENT BY i CYCLE)} after {@code AS IDENTITY}, empty for the defaults. */
    public String sql() {
        return isDefault() ? "" : " (START WITH " + start + " INCREMENT BY " + increment + (cycle ? " CYCLE" : "") + ")";
    }
}
