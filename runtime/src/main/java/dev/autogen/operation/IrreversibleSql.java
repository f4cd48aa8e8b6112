package dev.autogen.operation;

/** Stands for the reverse of hand-written SQL that has none; rendering it fails with a clear message. */
public record IrreversibleSql(String originalSql) implements Operation {
    @Override
    public Operation reverse() {
        return new ExecuteSql(originalSql, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitIrreversibleSql(this);
    }
}
