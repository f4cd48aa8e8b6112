package dev.autogen.runtime;

import dev.autogen.model.Column;

/** A column being described in a revision: {@code column("email", "varchar(255)").notNull()}. */
public final class ColumnDef implements TableElement {
    private final String name;
    private final String type;
    private boolean nullable = true;
    private String defaultValue;
    private boolean identity;
    private String comment;

    ColumnDef(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public ColumnDef notNull() {
        this.nullable = false;
        return this;
    }

    public ColumnDef nullable(boolean value) {
        this.nullable = value;
        return this;
    }

    /** Default as an SQL expression: {@code "'draft'"}, {@code "0"}, {@code "now()"}. */
    public ColumnDef defaultValue(String sqlExpression) {
        this.defaultValue = sqlExpression;
        return this;
    }

    /** A database-generated identity column. */
    public ColumnDef identity() {
        this.identity = true;
        return this;
    }

    public ColumnDef comment(String text) {
        this.comment = text;
        return this;
    }

    Column toColumn() {
        return new Column(name, type, nullable, defaultValue, identity, comment);
    }
}
