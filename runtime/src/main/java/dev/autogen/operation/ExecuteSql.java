package dev.autogen.operation;

import java.util.Objects;

/**
 * Runs hand-written SQL. {@code reverseSql} is what undoes it, or {@code null} when nothing can;
 * reversing an operation without one is an error raised when the reverse is rendered.
 */
public record ExecuteSql(String sql, String reverseSql) implements Operation {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public Operation reverse() {
        if (reverseSql == null) {
            return new IrreversibleSql(sql);
        }
        return new ExecuteSql(reverseSql, sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }
}
