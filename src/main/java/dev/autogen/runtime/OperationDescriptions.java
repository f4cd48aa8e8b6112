package dev.autogen.runtime;

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

/** Short descriptions of operations for progress and error messages: {@code add column users.x}. */
final class OperationDescriptions implements OperationVisitor<String> {

    private static String in(QualifiedName table, String name) {
        return name + " on " + table;
    }

    @Override
    public String visitCreateTable(CreateTable op) {
        return "create table " + op.table().name();
    }

    @Override
    public String visitDropTable(DropTable op) {
        return "drop table " + op.table().name();
    }

    @Override
    public String visitRenameTable(RenameTable op) {
        return "rename table " + op.from() + " to " + op.to();
    }

    @Override
    public String visitSetTableComment(SetTableComment op) {
        return "set comment of table " + op.table();
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        return "add column " + op.table() + "." + op.column().name();
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return "drop column " + op.table() + "." + op.column().name();
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return "rename column " + op.table() + "." + op.from() + " to " + op.to();
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        return "alter column " + op.table() + "." + op.to().name();
    }

    @Override
    public String visitAddPrimaryKey(AddPrimaryKey op) {
        return "add primary key " + in(op.table(), op.primaryKey().name());
    }

    @Override
    public String visitDropPrimaryKey(DropPrimaryKey op) {
        return "drop primary key " + in(op.table(), op.primaryKey().name());
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        return "add foreign key " + in(op.table(), op.foreignKey().name());
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        return "drop foreign key " + in(op.table(), op.foreignKey().name());
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        return "add unique constraint " + in(op.table(), op.constraint().name());
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return "drop unique constraint " + in(op.table(), op.constraint().name());
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return "add check constraint " + in(op.table(), op.constraint().name());
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return "drop check constraint " + in(op.table(), op.constraint().name());
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        return "create index " + in(op.table(), op.index().name());
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return "drop index " + in(op.table(), op.index().name());
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        return "create sequence " + op.sequence().name();
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return "drop sequence " + op.sequence().name();
    }

    @Override
    public String visitAlterSequence(AlterSequence op) {
        return "alter sequence " + op.to().name();
    }

    @Override
    public String visitCreateEnumType(CreateEnumType op) {
        return "create enum type " + op.enumType().name();
    }

    @Override
    public String visitDropEnumType(DropEnumType op) {
        return "drop enum type " + op.enumType().name();
    }

    @Override
    public String visitAlterEnumType(AlterEnumType op) {
        return "alter enum type " + op.to().name();
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        return "insert " + op.rows().size() + " rows into " + op.table();
    }

    @Override
    public String visitDeleteRows(DeleteRows op) {
        return "delete " + op.rows().size() + " rows from " + op.table();
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "execute SQL";
    }

    @Override
    public String visitIrreversibleSql(IrreversibleSql op) {
        return "undo hand-written SQL";
    }
}
