package dev.autogen.operation;

/**
 * One schema change. Every operation knows its reverse, so a downgrade is always the upgrade reversed:
 * {@code op.reverse().reverse()} equals {@code op}. Code that handles operations implements
 * {@link OperationVisitor}, so the compiler finds a missing case.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn, RenameIndex, RenameUniqueConstraint,
        AlterColumn, AddPrimaryKey, DropPrimaryKey, AddForeignKey, DropForeignKey, AddUniqueConstraint,
        DropUniqueConstraint, AddCheckConstraint, DropCheckConstraint, ValidateConstraint, CreateIndex, DropIndex, CreateSequence,
        DropSequence, AlterSequence, CreateEnumType, DropEnumType, AlterEnumType, SetTableComment, BulkInsert,
        DeleteRows, ExecuteSql, IrreversibleSql, Irreversible {

    /** The operation that undoes this one. */
    Operation reverse();

    /** Dispatches to the visitor method for this operation's kind. */
    <R> R accept(OperationVisitor<R> visitor);
}
