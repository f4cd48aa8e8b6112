package dev.autogen.compare;

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;
import dev.autogen.operation.Risk.Kind;

import java.util.List;
import java.util.Set;

/**
 * The {@link Kind#DOWNTIME} part of the risk catalogue, reached through {@link Risks#downtime}: how an operation on
 * a table that exists already blocks or breaks the application using it while the revision runs. On PostgreSQL
 * ({@code onlineForms}): an index built without {@code CONCURRENTLY}, a foreign key or check added without
 * {@code NOT VALID}, and any statement that takes a lock which queues the table's queries behind it (ACCESS
 * EXCLUSIVE, SHARE, SHARE ROW EXCLUSIVE) when no {@code lock_timeout} bounds its wait; everywhere: a rename, which
 * breaks the application versions still running. Tables the revision creates are nobody's yet.
 */
final class Downtime implements OperationVisitor<List<Risk>> {
    /** The online form of a constraint, as the sentences advise it. */
    private static final String NOT_VALID = "add it with .notValid() and validate it in a later transaction"
            + " (op.validateConstraint), which reads the rows without blocking writes";

    private final Set<QualifiedName> created;
    private final boolean onlineForms;

    Downtime(Set<QualifiedName> created, boolean onlineForms) {
        this.created = created;
        this.onlineForms = onlineForms;
    }

    /** The wait for a lock on {@code table} that queues its queries, where a lock timeout can bound it. */
    private List<Risk> locks(QualifiedName table) {
        return !onlineForms || created.contains(table) ? List.of() : List.of(waits(table));
    }

    private static Risk waits(QualifiedName table) {
        return new Risk(Kind.DOWNTIME, "locks " + table + " with no lock_timeout: while a long query or transaction"
                + " holds " + table + ", the statement waits for its lock without a limit and every query on " + table
                + " after it waits behind it; mark the revision @Revision(online = true), whose transactions set"
                + " online_lock_timeout, or start its upgrade with op.execute(\"SET LOCAL lock_timeout = '5s'\")",
                table, Risks.MISSING_LOCK_TIMEOUT);
    }

    @Override
    public List<Risk> visitCreateTable(CreateTable op) {
        return List.of(); // nobody uses a new table yet
    }

    @Override
    public List<Risk> visitDropTable(DropTable op) {
        return locks(op.table().name());
    }

    @Override
    public List<Risk> visitRenameTable(RenameTable op) {
        if (created.contains(op.from())) {
            return List.of();
        }
        Risk rename = new Risk(Kind.DOWNTIME, "renames table " + op.from() + " to " + op.to() + ": the application"
                + " versions still running use " + op.from() + " and fail from that moment; expand and contract"
                + " instead: create " + op.to() + " (or a view named " + op.from() + " over it), write both, move the"
                + " reads, then drop " + op.from() + " once no running version uses it", op.from(), Risks.RENAME_IN_USE);
        return onlineForms ? List.of(rename, waits(op.from())) : List.of(rename);
    }

    @Override
    public List<Risk> visitSetTableComment(SetTableComment op) {
        return List.of(); // SHARE UPDATE EXCLUSIVE: reads and writes go on
    }

    @Override
    public List<Risk> visitAddColumn(AddColumn op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitDropColumn(DropColumn op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitRenameColumn(RenameColumn op) {
        if (created.contains(op.table())) {
            return List.of();
        }
        Risk rename = new Risk(Kind.DOWNTIME, "renames column " + op.table() + "." + op.from() + " to " + op.to()
                + ": the application versions still running use " + op.from() + " and fail from that moment; expand"
                + " and contract instead: add " + op.to() + ", write both columns and copy the old values, move the"
                + " reads to " + op.to() + ", then drop " + op.from() + " once no running version uses it",
                op.table(), Risks.RENAME_IN_USE);
        return onlineForms ? List.of(rename, waits(op.table())) : List.of(rename);
    }

    @Override
    public List<Risk> visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return List.of(); // a catalog change; no query names a constraint
    }

    @Override
    public List<Risk> visitRenameIndex(RenameIndex op) {
        return List.of(); // SHARE UPDATE EXCLUSIVE, and no query names an index
    }

    @Override
    public List<Risk> visitAlterColumn(AlterColumn op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitAddPrimaryKey(AddPrimaryKey op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitDropPrimaryKey(DropPrimaryKey op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitAddForeignKey(AddForeignKey op) {
        if (!onlineForms || op.notValid() || created.contains(op.table())) {
            return locks(op.table());
        }
        return List.of(new Risk(Kind.DOWNTIME, "adds foreign key " + op.foreignKey().name() + " on " + op.table()
                + " without NOT VALID: it reads every row of " + op.table() + " while it holds a lock that blocks"
                + " writes to " + op.table() + " and " + op.foreignKey().targetTable() + "; " + NOT_VALID, op.table(),
                Risks.CONSTRAINT_WITHOUT_NOT_VALID), waits(op.table()));
    }

    @Override
    public List<Risk> visitDropForeignKey(DropForeignKey op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitAddUniqueConstraint(AddUniqueConstraint op) {
        if (!onlineForms || op.concurrently() || created.contains(op.table())) {
            return locks(op.table());
        }
        return List.of(new Risk(Kind.DOWNTIME, "adds unique constraint " + op.constraint().name() + " on " + op.table()
                + ", whose index is built under an ACCESS EXCLUSIVE lock: reads and writes of " + op.table() + " wait"
                + " until it is built; use .concurrently() (CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ..."
                + " USING INDEX)", op.table(), Risks.NON_CONCURRENT_INDEX), waits(op.table()));
    }

    @Override
    public List<Risk> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitAddCheckConstraint(AddCheckConstraint op) {
        if (!onlineForms || op.notValid() || created.contains(op.table())) {
            return locks(op.table());
        }
        return List.of(new Risk(Kind.DOWNTIME, "adds check " + op.constraint().name() + " on " + op.table()
                + " without NOT VALID: it reads every row of " + op.table() + " under an ACCESS EXCLUSIVE lock, which"
                + " blocks reads and writes; " + NOT_VALID, op.table(), Risks.CONSTRAINT_WITHOUT_NOT_VALID),
                waits(op.table()));
    }

    @Override
    public List<Risk> visitValidateConstraint(ValidateConstraint op) {
        return List.of(); // SHARE UPDATE EXCLUSIVE: reads and writes go on
    }

    @Override
    public List<Risk> visitDropCheckConstraint(DropCheckConstraint op) {
        return locks(op.table());
    }

    @Override
    public List<Risk> visitCreateIndex(CreateIndex op) {
        if (!onlineForms || op.concurrently() || created.contains(op.table())) {
            return List.of();
        }
        return List.of(new Risk(Kind.DOWNTIME, "builds index " + op.index().name() + " on " + op.table()
                + " without CONCURRENTLY: writes to " + op.table() + " wait until it is built; use .concurrently()",
                op.table(), Risks.NON_CONCURRENT_INDEX), waits(op.table()));
    }

    @Override
    public List<Risk> visitDropIndex(DropIndex op) {
        return op.concurrently() ? List.of() : locks(op.table());
    }

    @Override
    public List<Risk> visitCreateSequence(CreateSequence op) {
        return List.of();
    }

    @Override
    public List<Risk> visitDropSequence(DropSequence op) {
        return List.of();
    }

    @Override
    public List<Risk> visitAlterSequence(AlterSequence op) {
        return List.of();
    }

    @Override
    public List<Risk> visitCreateEnumType(CreateEnumType op) {
        return List.of();
    }

    @Override
    public List<Risk> visitDropEnumType(DropEnumType op) {
        return List.of();
    }

    @Override
    public List<Risk> visitAlterEnumType(AlterEnumType op) {
        return List.of();
    }

    @Override
    public List<Risk> visitBulkInsert(BulkInsert op) {
        return List.of(); // row locks only
    }

    @Override
    public List<Risk> visitDeleteRows(DeleteRows op) {
        return List.of(); // row locks only
    }

    @Override
    public List<Risk> visitExecuteSql(ExecuteSql op) {
        return List.of(); // unknown: nothing is claimed
    }

    @Override
    public List<Risk> visitIrreversibleSql(IrreversibleSql op) {
        return List.of(); // unknown: nothing is claimed
    }

    @Override
    public List<Risk> visitIrreversible(Irreversible op) {
        return List.of();
    }
}
