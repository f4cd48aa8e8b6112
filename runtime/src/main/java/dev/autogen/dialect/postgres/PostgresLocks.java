package dev.autogen.dialect.postgres;

import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

import java.util.function.Function;

/**
 * What each operation does to a table that holds rows on PostgreSQL, for {@code upgrade --sql --explain}: the
 * table lock it takes (ACCESS EXCLUSIVE blocks reads and writes, SHARE and SHARE ROW EXCLUSIVE block writes,
 * SHARE UPDATE EXCLUSIVE blocks neither), and whether it rewrites the table, reads every row, or only changes the
 * catalog.
 */
final class PostgresLocks implements OperationVisitor<String> {
    private static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
    private static final String CATALOG = "catalog only";
    private static final String SCANS = "scans the table";
    private static final String REWRITES = "rewrites the table";

    private final PostgresTypes types = new PostgresTypes();
    /** A table's row count and size, or {@code null} (offline, or a table the revision creates). */
    private final Function<QualifiedName, String> sizes;

    PostgresLocks(Function<QualifiedName, String> sizes) {
        this.sizes = sizes;
    }

    private String on(QualifiedName table, String lock, String effect) {
        String size = sizes == null ? null : sizes.apply(table);
        return lock + " on " + table + "; " + effect + (size == null ? "" : "; " + table.name() + ": " + size);
    }

    @Override
    public String visitCreateTable(CreateTable op) {
        return on(op.table().name(), ACCESS_EXCLUSIVE, "a new table, nobody waits");
    }

    @Override
    public String visitDropTable(DropTable op) {
        return on(op.table().name(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitRenameTable(RenameTable op) {
        return on(op.from(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitSetTableComment(SetTableComment op) {
        return on(op.table(), "SHARE UPDATE EXCLUSIVE", CATALOG);
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        boolean fills = op.column().identity() || types.volatileDefault(op.column().defaultValue());
        return on(op.table(), ACCESS_EXCLUSIVE, fills ? REWRITES : CATALOG);
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitRenameIndex(RenameIndex op) {
        return on(op.table(), "SHARE UPDATE EXCLUSIVE", CATALOG);
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        String from = op.from().type();
        String to = op.to().type();
        if (from != null && to != null && !types.type(from).equals(types.type(to)) && types.rewritesTable(from, to)) {
            return on(op.table(), ACCESS_EXCLUSIVE, REWRITES);
        }
        if (op.from().nullable() && !op.to().nullable()) {
            return on(op.table(), ACCESS_EXCLUSIVE, SCANS + " (none when a valid check proves it: PostgreSQL 12+)");
        }
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitAddPrimaryKey(AddPrimaryKey op) {
        return on(op.table(), ACCESS_EXCLUSIVE, SCANS + " (builds its index)");
    }

    @Override
    public String visitDropPrimaryKey(DropPrimaryKey op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        return on(op.table(), "SHARE ROW EXCLUSIVE", (op.notValid() ? CATALOG + " (NOT VALID)" : SCANS))
                + "; SHARE ROW EXCLUSIVE on " + op.foreignKey().targetTable();
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        if (op.concurrently()) {
            return on(op.table(), "SHARE UPDATE EXCLUSIVE", "scans the table twice to build its index (writers go on),"
                    + " then ACCESS EXCLUSIVE for a moment: " + CATALOG);
        }
        return on(op.table(), ACCESS_EXCLUSIVE, SCANS + " (builds its index)");
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return on(op.table(), ACCESS_EXCLUSIVE, op.notValid() ? CATALOG + " (NOT VALID)" : SCANS);
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return on(op.table(), ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitValidateConstraint(ValidateConstraint op) {
        return on(op.table(), "SHARE UPDATE EXCLUSIVE", SCANS + " (writers go on)");
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        return op.concurrently() ? on(op.table(), "SHARE UPDATE EXCLUSIVE", SCANS + " twice (writers go on)")
                : on(op.table(), "SHARE", SCANS + " (writers wait)");
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return on(op.table(), op.concurrently() ? "SHARE UPDATE EXCLUSIVE" : ACCESS_EXCLUSIVE, CATALOG);
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        return "no table lock";
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return "no table lock";
    }

    @Override
    public String visitAlterSequence(AlterSequence op) {
        return "no table lock";
    }

    @Override
    public String visitCreateEnumType(CreateEnumType op) {
        return "no table lock";
    }

    @Override
    public String visitDropEnumType(DropEnumType op) {
        return "no table lock";
    }

    @Override
    public String visitAlterEnumType(AlterEnumType op) {
        return "no table lock (a removed value rewrites the columns that use the type)";
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        return on(op.table(), "ROW EXCLUSIVE", "writes rows");
    }

    @Override
    public String visitDeleteRows(DeleteRows op) {
        return on(op.table(), "ROW EXCLUSIVE", "writes rows");
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "unknown: hand-written SQL";
    }

    @Override
    public String visitIrreversibleSql(IrreversibleSql op) {
        return "unknown: hand-written SQL";
    }

    @Override
    public String visitIrreversible(Irreversible op) {
        return "unknown";
    }
}
