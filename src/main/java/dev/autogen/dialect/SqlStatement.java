package dev.autogen.dialect;

import java.util.Objects;

/** One statement a renderer produced; {@code outsideTransaction} for those a database refuses inside one. */
public record SqlStatement(String sql, boolean outsideTransaction) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, false);
    }

    @Override
    public String toString() {
        return sql;
    }
}
