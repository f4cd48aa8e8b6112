package dev.autogen.operation;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One line a person reads to know what an operation does: {@code add column users.email (varchar(255), not null)}. */
public final class OperationSummary implements OperationVisitor<String> {
    private static final int SQL_PREVIEW = 60;

    @Override
    public String visitCreateTable(CreateTable op) {
        return "create table " + op.table().name() + " ("
                + String.join(", ", op.table().columns().stream().map(Column::name).toList()) + ")";
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
        return op.to() == null ? "remove the comment of table " + op.table()
                : "set the comment of table " + op.table() + " to '" + op.to() + "'";
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        Column c = op.column();
        List<String> traits = new ArrayList<>();
        traits.add(String.valueOf(c.type()));
        traits.add(c.nullable() ? "nullable" : "not null");
        if (c.defaultValue() != null) {
            traits.add("default " + c.defaultValue());
        }
        if (c.identity()) {
            traits.add("identity");
        }
        return "add column " + column(op.table(), c.name()) + " (" + String.join(", ", traits) + ")";
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return "drop column " + column(op.table(), op.column().name());
    }

    @Override
    public String visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return "rename unique constraint " + op.from() + " of " + op.table() + " to " + op.to();
    }

    @Override
    public String visitRenameIndex(RenameIndex op) {
        return "rename index " + op.from() + " of " + op.table() + " to " + op.to();
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return "rename column " + column(op.table(), op.from()) + " to " + op.to();
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        Column from = op.from();
        Column to = op.to();
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(from.type(), to.type())) {
            changes.add("type " + from.type() + " to " + to.type());
        }
        if (from.nullable() != to.nullable()) {
            changes.add(to.nullable() ? "nullable" : "not null");
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.add("default " + orNone(from.defaultValue()) + " to " + orNone(to.defaultValue()));
        }
        if (from.identity() != to.identity()) {
            changes.add(to.identity() ? "identity" : "no identity");
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(to.comment() == null ? "remove comment" : "comment '" + to.comment() + "'");
        }
        return "alter column " + column(op.table(), from.name()) + ": "
                + (changes.isEmpty() ? "no change" : String.join(", ", changes));
    }

    @Override
    public String visitAddPrimaryKey(AddPrimaryKey op) {
        return "add primary key " + named(op.primaryKey().name()) + "on " + op.table()
                + " (" + String.join(", ", op.primaryKey().columns()) + ")";
    }

    @Override
    public String visitDropPrimaryKey(DropPrimaryKey op) {
        return "drop primary key " + named(op.primaryKey().name()) + "of " + op.table();
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        String onDelete = fk.onDelete() == ReferentialAction.NO_ACTION ? ""
                : " on delete " + fk.onDelete().sql().toLowerCase(Locale.ROOT);
        return "add foreign key " + named(fk.name()) + "on " + op.table() + " (" + String.join(", ", fk.columns())
                + ") references " + fk.targetTable() + " (" + String.join(", ", fk.targetColumns()) + ")" + onDelete
                + (op.notValid() ? " not valid" : "");
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        return "drop foreign key " + named(op.foreignKey().name()) + "of " + op.table();
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        return "add unique constraint " + named(op.constraint().name()) + "on " + op.table()
                + " (" + String.join(", ", op.constraint().columns()) + ")";
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return "drop unique constraint " + named(op.constraint().name()) + "of " + op.table();
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return "add check constraint " + named(op.constraint().name()) + "on " + op.table()
                + " (" + op.constraint().expression() + ")" + (op.notValid() ? " not valid" : "");
    }

    @Override
    public String visitValidateConstraint(ValidateConstraint op) {
        return "validate constraint " + op.constraint() + " on " + op.table();
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return "drop check constraint " + named(op.constraint().name()) + "of " + op.table();
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        Index index = op.index();
        List<String> keys = new ArrayList<>();
        for (IndexColumn key : index.columns()) {
            keys.add(key.name() + (key.descending() ? " desc" : ""));
        }
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + op.table()
                + " (" + String.join(", ", keys) + ")" + (index.where() == null ? "" : " where " + index.where());
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return "drop index " + op.index().name() + " of " + op.table();
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        return "create sequence " + op.sequence().name() + " (start " + op.sequence().startWith()
                + ", increment " + op.sequence().incrementBy() + ")";
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return "drop sequence " + op.sequence().name();
    }

    @Override
    public String visitAlterSequence(AlterSequence op) {
        String change = "increment " + op.from().incrementBy() + " to " + op.to().incrementBy();
        if (op.from().startWith() != op.to().startWith()) {
            change += ", start " + op.from().startWith() + " to " + op.to().startWith();
        }
        return "alter sequence " + op.to().name() + ": " + change;
    }

    @Override
    public String visitCreateEnumType(CreateEnumType op) {
        return "create enum type " + op.enumType().name() + " (" + String.join(", ", op.enumType().values()) + ")";
    }

    @Override
    public String visitDropEnumType(DropEnumType op) {
        return "drop enum type " + op.enumType().name();
    }

    @Override
    public String visitAlterEnumType(AlterEnumType op) {
        return "alter enum type " + op.to().name() + ": values (" + String.join(", ", op.from().values()) + ") to ("
                + String.join(", ", op.to().values()) + ")";
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        return "insert " + rows(op.rows().size()) + " into " + op.table();
    }

    @Override
    public String visitDeleteRows(DeleteRows op) {
        return "delete " + rows(op.rows().size()) + " from " + op.table();
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "execute SQL: " + preview(op.sql());
    }

    @Override
    public String visitIrreversible(Irreversible op) {
        return "cannot undo: " + op.original().accept(this);
    }

    @Override
    public String visitIrreversibleSql(IrreversibleSql op) {
        return "cannot undo SQL (no reverse known): " + preview(op.originalSql());
    }

    private static String column(QualifiedName table, String column) {
        return table + "." + column;
    }

    private static String named(String name) {
        return name == null ? "" : name + " ";
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private static String rows(int count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    /** The SQL on one line, cut to a readable length. */
    private static String preview(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= SQL_PREVIEW ? line : line.substring(0, SQL_PREVIEW - 3) + "...";
    }
}
