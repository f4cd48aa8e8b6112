package dev.autogen.dialect;

import java.util.Objects;

/**
 * An object the catalog holds that the neutral model cannot express (a view, a trigger, a function, an exclusion
 * constraint, a policy): what a baseline needs to build it again.
 *
 * @param kind      what it is, as a person says it: {@code view}, {@code trigger}, ...
 * @param name      its name, with its table where it belongs to one ({@code audit_insert on invoice})
 * @param createSql the database's own DDL that creates it, or {@code null} when the database does not give it
 * @param dropSql   the DDL that drops it again
 */
public record UnmodelledObject(String kind, String name, String createSql, String dropSql) {
    public UnmodelledObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dropSql, "dropSql");
    }
}
