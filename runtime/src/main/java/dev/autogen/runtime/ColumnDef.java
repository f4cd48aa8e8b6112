package dev.autogen.runtime;

import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.IdentityOptions;

/** A column being described in a revision: {@code column("email", varchar(255)).notNull()}. */
public final class ColumnDef implements TableElement {
    private final String name;
    private final String type;
    private final ColumnType portableType;
    private boolean nullable = true;
    private String defaultValue;
    private boolean identity;
    private String comment;
    private String generated;
    private String collation;
    private IdentityOptions identityOptions;

    ColumnDef(String name, String type, ColumnType portableType) {
        this.name = name;
        this.type = type;
        this.portableType = portableType;
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

    /** An identity column whose generator starts at {@code start}, steps by {@code increment} and may cycle. */
    public ColumnDef identity(long start, long increment, boolean cycle) {
        this.identity = true;
        this.identityOptions = new IdentityOptions(start, increment, cycle);
        return this;
    }

    public ColumnDef comment(String text) {
        this.comment = text;
        return this;
    }

    /** A stored generated column: {@code generated("price * quantity")}. */
    public ColumnDef generated(String expression) {
        this.generated = expression;
        return this;
    }

    /** A collation other than the database's default: {@code collate("C")}. */
    public ColumnDef collate(String collationName) {
        this.collation = collationName;
        return this;
    }

    String name() {
        return name;
    }

    /** The portable type, or {@code null} when the column was given an SQL type string. */
    ColumnType portableType() {
        return portableType;
    }

    /** The column on the database {@code target} renders for (names folded, the type in its SQL). */
    Column toColumn(Op.Target target, String table) {
        String sql = portableType == null ? type : target.type(portableType, table + "." + name);
        return new Column(target.name(name), sql, nullable, defaultValue, identity, comment, generated, collation,
                identityOptions);
    }
}
