package dev.autogen.operation;

/**
 * One method per operation kind. Java 17 has no exhaustive pattern switch over sealed types, so code that
 * handles operations implements this visitor instead of an {@code instanceof} chain: the compiler then finds
 * a missing case, as a switch without {@code default} would.
 */
public interface OperationVisitor<R> {
    R visitCreateTable(CreateTable op);

    R visitDropTable(DropTable op);

    R visitRenameTable(RenameTable op);

    R visitSetTableComment(SetTableComment op);

    R visitAddColumn(AddColumn op);

    R visitDropColumn(DropColumn op);

    R visitRenameColumn(RenameColumn op);

    R visitRenameIndex(RenameIndex op);

    R visitRenameUniqueConstraint(RenameUniqueConstraint op);

    R visitAlterColumn(AlterColumn op);

    R visitAddPrimaryKey(AddPrimaryKey op);

    R visitDropPrimaryKey(DropPrimaryKey op);

    R visitAddForeignKey(AddForeignKey op);

    R visitDropForeignKey(DropForeignKey op);

    R visitAddUniqueConstraint(AddUniqueConstraint op);

    R visitDropUniqueConstraint(DropUniqueConstraint op);

    R visitAddCheckConstraint(AddCheckConstraint op);

    R visitDropCheckConstraint(DropCheckConstraint op);

    R visitValidateConstraint(ValidateConstraint op);

    R visitCreateIndex(CreateIndex op);

    R visitDropIndex(DropIndex op);

    R visitCreateSequence(CreateSequence op);

    R visitDropSequence(DropSequence op);

    R visitAlterSequence(AlterSequence op);

    R visitCreateEnumType(CreateEnumType op);

    R visitDropEnumType(DropEnumType op);

    R visitAlterEnumType(AlterEnumType op);

    R visitBulkInsert(BulkInsert op);

    R visitDeleteRows(DeleteRows op);

    R visitExecuteSql(ExecuteSql op);

    R visitIrreversibleSql(IrreversibleSql op);

    R visitIrreversible(Irreversible op);
}
