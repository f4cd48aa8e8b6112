package dev.autogen.model;

import java.util.Objects;

/**
 * A table column. {@code type} is the SQL type as the dialect renders it ({@code varchar(255)}, {@code bigint});
 * dialects decide type equality through their {@code TypeNormaliser}. {@code defaultValue} is a SQL expression
 * or {@code null}; {@code identity} means a database-generated identity column.
 */
public record Column(String name, String type, boolean nullable, String defaultValue, boolean identity, String comment) {
    public Column {
        Objects.requireNonNull(name, "name");
    }

    /** A nullable column with no default, no identity and no comment. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, null, false, null);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultValue, identity, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, newComment);
    }
}
