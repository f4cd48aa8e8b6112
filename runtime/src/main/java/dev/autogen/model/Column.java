package dev.autogen.model;

import java.util.Objects;

/**
 * A table column. {@code type} is the SQL type as the dialect renders it ({@code varchar(255)}, {@code bigint});
 * dialects decide type equality through their {@code TypeNormaliser}. {@code defaultValue} is a SQL expression
 * or {@code null}; {@code identity} means a database-generated identity column. {@code generated} is the
 * expression of a stored generated column ({@code @GeneratedColumn}), or {@code null}; {@code collation} is a
 * collation other than the database's default ({@code @Collate}, or {@code COLLATE} in a column definition), or
 * {@code null}. {@code identityOptions} are the start, increment and cycle of an identity column when they
 * are not the defaults, or {@code null}.
 */
public record Column(String name, String type, boolean nullable, String defaultValue, boolean identity, String comment,
                     String generated, String collation, IdentityOptions identityOptions) {
    public Column {
        Objects.requireNonNull(name, "name");
        identityOptions = !identity || identityOptions == null || identityOptions.isDefault() ? null : identityOptions;
    }

    /** A column that is not generated, has the default collation and no identity options. */
    public Column(String name, String type, boolean nullable, String defaultValue, boolean identity, String comment) {
        this(name, type, nullable, defaultValue, identity, comment, null, null, null);
    }

    /** A column with no identity options. */
    public Column(String name, String type, boolean nullable, String defaultValue, boolean identity, String comment,
                  String generated, String collation) {
        this(name, type, nullable, defaultValue, identity, comment, generated, collation, null);
    }

    /** A nullable column with no default, no identity and no comment. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, null, false, null);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultValue, identity, comment, generated, collation, identityOptions);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, comment, generated, collation, identityOptions);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment, generated, collation, identityOptions);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, comment, generated, collation, identityOptions);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, newComment, generated, collation, identityOptions);
    }

    public Column withGenerated(String newGenerated) {
        return new Column(name, type, nullable, defaultValue, identity, comment, newGenerated, collation, identityOptions);
    }

    public Column withIdentityOptions(IdentityOptions newOptions) {
        return new Column(name, type, nullable, defaultValue, identity, comment, generated, collation, newOptions);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultValue, identity, comment, generated, newCollation, identityOptions);
    }
}
