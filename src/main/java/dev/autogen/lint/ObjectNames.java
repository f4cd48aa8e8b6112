package dev.autogen.lint;

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

/**
 * The schema object an operation changes, as {@code check --format json} and lint name it: a table
 * ({@code orders}), a column or constraint on it ({@code orders.note}), a sequence or enum type; hand-written
 * SQL has the object {@code sql}.
 */
public final class ObjectNames implements OperationVisitor<String> {
    private static final ObjectNames INSTANCE = new ObjectNames();

    private ObjectNames() {
    }

    /** The name of the object {@code op} changes. */
    public static String of(Operation op) {
        return op.accept(INSTANCE);
    }

    private static String on(QualifiedName table, String part) {
        return table + "." + part;
    }

    @Override
    public String visitCreateTable(CreateTable op) {
        return op.table().name().toString();
    }

    @Override
    public String visitDropTable(DropTable op) {
        return op.table().name().toString();
    }

    @Override
    public String visitRenameTable(RenameTable op) {
        return op.from().toString();
    }

    @Override
    public String visitSetTableComment(SetTableComment op) {
        return op.table().toString();
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        return on(op.table(), op.column().name());
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return on(op.table(), op.column().name());
    }

    @Override
    public String visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return on(op.table(), op.from());
    }

    @Override
    public String visitRenameIndex(RenameIndex op) {
        return on(op.table(), op.from());
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return on(op.table(), op.from());
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        return on(op.table(), op.to().name());
    }

    @Override
    public String visitAddPrimaryKey(AddPrimaryKey op) {
        return on(op.table(), op.primaryKey().name());
    }

    @Override
    public String visitDropPrimaryKey(DropPrimaryKey op) {
        return on(op.table(), op.primaryKey().name());
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        return on(op.table(), op.foreignKey().name());
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        return on(op.table(), op.foreignKey().name());
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        return on(op.table(), op.constraint().name());
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return on(op.table(), op.constraint().name());
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return on(op.table(), op.constraint().name());
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return on(op.table(), op.constraint().name());
    }

    @Override
    public String visitValidateConstraint(ValidateConstraint op) {
        return on(op.table(), op.constraint());
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        return on(op.table(), op.index().name());
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return on(op.table(), op.index().name());
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        return op.sequence().name().toString();
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return op.sequence().name().toString();
    }

    @Override
    public String visitAlterSequence(AlterSequence op) {
        return op.to().name().toString();
    }

    @Override
    public String visitCreateEnumType(CreateEnumType op) {
        return op.enumType().name().toString();
    }

    @Override
    public String visitDropEnumType(DropEnumType op) {
        return op.enumType().name().toString();
    }

    @Override
    public String visitAlterEnumType(AlterEnumType op) {
        return op.to().name().toString();
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        return op.table().toString();
    }

    @Override
    public String visitDeleteRows(DeleteRows op) {
        return op.table().toString();
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "sql";
    }

    @Override
    public String visitIrreversibleSql(IrreversibleSql op) {
        return "sql";
    }

    @Override
    public String visitIrreversible(Irreversible op) {
        return op.original().accept(this);
    }
}
