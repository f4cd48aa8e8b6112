package dev.autogen.dialect;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL most dialects spell the same way (ANSI {@code ALTER TABLE ... ADD CONSTRAINT}, {@code CREATE INDEX},
 * {@code CREATE SEQUENCE}, seed rows); a dialect's renderer extends it and overrides what differs. Defaults
 * suit a database without named enum types, expression indexes or partial indexes.
 */
public abstract class StandardRenderer implements DdlRenderer, OperationVisitor<List<SqlStatement>> {
    protected final RowStatements rows = new RowStatements(this);

    /** The database's name for messages: {@code H2}, {@code MariaDB}. */
    protected abstract String databaseName();

    /** A column as it appears in {@code CREATE TABLE} and {@code ADD COLUMN}. */
    protected abstract String columnDefinition(Column column);

    /** This database's spelling of the portable types and its folding of names. */
    protected abstract PortableTypes portableTypes();

    @Override
    public String nativeType(ColumnType type, String column) {
        return portableTypes().render(type, column);
    }

    @Override
    public String foldName(String name) {
        return portableTypes().fold(name);
    }

    @Override
    public List<SqlStatement> render(Operation operation) {
        return operation.accept(this);
    }


    @Override
    public String qualify(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }


    @Override
    public String select(QualifiedName table, List<String> columns) {
        return rows.select(table, columns);
    }

    @Override
    public String insert(QualifiedName table, List<String> columns) {
        return rows.insert(table, columns);
    }

    @Override
    public String deleteWhere(QualifiedName table, String column) {
        return rows.deleteWhere(table, column);
    }

    @Override
    public List<SqlStatement> visitCreateTable(CreateTable op) {
        Table table = op.table();
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add(primaryKey(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        table.checks().forEach(c -> parts.add(check(c)));
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE TABLE " + qualify(table.name()) + " (" + String.join(", ", parts) + ")"
                + tableOptions(table)));
        if (!inlineComments()) {
            if (table.comment() != null) {
                out.addAll(tableComment(table.name(), table.comment()));
            }
            table.columns().stream().filter(c -> c.comment() != null).forEach(c -> out.addAll(columnComment(table.name(), c)));
        }
        return out;
    }

    @Override
    public List<SqlStatement> visitDropTable(DropTable op) {
        return statement("DROP TABLE " + qualify(op.table().name()));
    }

    @Override
    public List<SqlStatement> visitRenameTable(RenameTable op) {
        return statement("ALTER TABLE " + qualify(op.from()) + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitSetTableComment(SetTableComment op) {
        return tableComment(op.table(), op.to());
    }

    @Override
    public List<SqlStatement> visitAddColumn(AddColumn op) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(alter(op.table(), "ADD COLUMN " + columnDefinition(op.column())));
        if (op.column().comment() != null && !inlineComments()) {
            out.addAll(columnComment(op.table(), op.column()));
        }
        return out;
    }

    @Override
    public List<SqlStatement> visitDropColumn(DropColumn op) {
        return List.of(alter(op.table(), "DROP COLUMN " + quote(op.column().name())));
    }

    @Override
    public List<SqlStatement> visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return List.of(alter(op.table(), "RENAME CONSTRAINT " + quote(op.from()) + " TO " + quote(op.to())));
    }

    @Override
    public List<SqlStatement> visitRenameIndex(RenameIndex op) {
        return statement("ALTER INDEX " + qualify(new QualifiedName(op.table().schema(), op.from())) + " RENAME TO "
                + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitRenameColumn(RenameColumn op) {
        return List.of(alter(op.table(), "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to())));
    }

    @Override
    public List<SqlStatement> visitAddPrimaryKey(AddPrimaryKey op) {
        return List.of(alter(op.table(), "ADD " + primaryKey(op.primaryKey())));
    }

    @Override
    public List<SqlStatement> visitDropPrimaryKey(DropPrimaryKey op) {
        return List.of(alter(op.table(), "DROP PRIMARY KEY"));
    }

    @Override
    public List<SqlStatement> visitAddForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return List.of(alter(op.table(), "ADD " + constraint(fk.name()) + "FOREIGN KEY (" + rows.columns(fk.columns())
                + ") REFERENCES " + qualify(fk.targetTable()) + " (" + rows.columns(fk.targetColumns()) + ")"
                // the action stated even when it is the default: MariaDB records a key written without one as RESTRICT
                + " ON DELETE " + fk.onDelete().sql()
                + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql())
                + deferral(fk) + notValid(op.table(), fk.name(), op.notValid())));
    }

    /**
     * The clause that adds a constraint without checking the rows already there, when {@code notValid}; a database
     * without one ({@code NOT VALID} is PostgreSQL's) refuses it here, so the revision fails before it runs.
     */
    protected String notValid(QualifiedName table, String constraint, boolean notValid) {
        if (notValid) {
            throw noValidation(table, constraint);
        }
        return "";
    }

    /** Checks the rows already there against a constraint added {@code NOT VALID}: PostgreSQL's, refused elsewhere. */
    @Override
    public List<SqlStatement> visitValidateConstraint(ValidateConstraint op) {
        throw noValidation(op.table(), op.constraint());
    }

    private AutogenException noValidation(QualifiedName table, String constraint) {
        return new AutogenException(ErrorKind.REVISION, "Constraint " + constraint + " on " + table + " cannot be added"
                + " NOT VALID or validated later: " + databaseName() + " checks a constraint's rows when it adds it;"
                + " remove .notValid() and op.validateConstraint(...) from the revision (they are for PostgreSQL,"
                + " safety=online).");
    }

    /**
     * The {@code DEFERRABLE} clause of a foreign key; none by default: H2 and MariaDB check every key at once, and
     * their inspectors read every key as not deferrable.
     */
    protected String deferral(ForeignKey fk) {
        return "";
    }

    @Override
    public List<SqlStatement> visitDropForeignKey(DropForeignKey op) {
        return List.of(dropConstraint(op.table(), op.foreignKey().name(), "foreign key"));
    }

    @Override
    public List<SqlStatement> visitAddUniqueConstraint(AddUniqueConstraint op) {
        if (op.concurrently()) {
            return concurrentUnique(op);
        }
        return List.of(alter(op.table(), "ADD " + unique(op.constraint())));
    }

    /**
     * A unique constraint whose index is built first without blocking writes: PostgreSQL's; a database without it
     * refuses it here, so the revision fails before it runs.
     */
    protected List<SqlStatement> concurrentUnique(AddUniqueConstraint op) {
        throw new AutogenException(ErrorKind.REVISION, "Unique constraint " + op.constraint().name() + " on "
                + op.table() + " cannot be built concurrently: " + databaseName() + " has no CREATE UNIQUE INDEX"
                + " CONCURRENTLY; remove .concurrently() from the revision (it is for PostgreSQL, safety=online).");
    }

    @Override
    public List<SqlStatement> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(dropConstraint(op.table(), op.constraint().name(), "unique constraint"));
    }

    @Override
    public List<SqlStatement> visitAddCheckConstraint(AddCheckConstraint op) {
        return List.of(alter(op.table(), "ADD " + check(op.constraint())
                + notValid(op.table(), op.constraint().name(), op.notValid())));
    }

    @Override
    public List<SqlStatement> visitDropCheckConstraint(DropCheckConstraint op) {
        return List.of(dropConstraint(op.table(), op.constraint().name(), "check constraint"));
    }

    @Override
    public List<SqlStatement> visitCreateIndex(CreateIndex op) {
        Index index = op.index();
        if (index.where() != null) {
            throw unsupported(op.table(), index, "partial indexes (WHERE " + index.where() + ")");
        }
        if (index.columns().stream().anyMatch(IndexColumn::expression)) {
            throw unsupported(op.table(), index, "expression indexes");
        }
        if (!index.include().isEmpty()) {
            throw unsupported(op.table(), index, "INCLUDE columns");
        }
        if (index.columns().stream().anyMatch(c -> c.opclass() != null)) {
            throw unsupported(op.table(), index, "operator classes");
        }
        String kind = indexKind(op.table(), index);
        String keys = index.columns().stream().map(c -> quote(c.name()) + (c.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
        return statement("CREATE " + (index.unique() ? "UNIQUE " : "") + kind + "INDEX " + quote(index.name()) + " ON "
                + qualify(op.table()) + " (" + keys + ")");
    }


    @Override
    public List<SqlStatement> visitCreateSequence(CreateSequence op) {
        return statement("CREATE SEQUENCE " + qualify(op.sequence().name()) + " START WITH " + op.sequence().startWith()
                + " INCREMENT BY " + op.sequence().incrementBy());
    }

    @Override
    public List<SqlStatement> visitDropSequence(DropSequence op) {
        return statement("DROP SEQUENCE " + qualify(op.sequence().name()));
    }

    @Override
    public List<SqlStatement> visitAlterSequence(AlterSequence op) {
        return statement("ALTER SEQUENCE " + qualify(op.to().name()) + " START WITH " + op.to().startWith()
                + " INCREMENT BY " + op.to().incrementBy());
    }

    /** No named enum types by default: the column's {@code enum(...)} type carries the values. */
    @Override
    public List<SqlStatement> visitCreateEnumType(CreateEnumType op) {
        return List.of();
    }

    @Override
    public List<SqlStatement> visitDropEnumType(DropEnumType op) {
        return List.of();
    }

    @Override
    public List<SqlStatement> visitAlterEnumType(AlterEnumType op) {
        return List.of();
    }

    @Override
    public List<SqlStatement> visitBulkInsert(BulkInsert op) {
        return rows.insertRows(op);
    }

    @Override
    public List<SqlStatement> visitDeleteRows(DeleteRows op) {
        return rows.deleteRows(op);
    }

    @Override
    public List<SqlStatement> visitExecuteSql(ExecuteSql op) {
        return statement(op.sql());
    }

    @Override
    public List<SqlStatement> visitIrreversibleSql(IrreversibleSql op) {
        return rows.irreversible(op);
    }

    @Override
    public List<SqlStatement> visitIrreversible(Irreversible op) {
        throw new AutogenException(ErrorKind.REVISION, op.reason());
    }

    protected String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    protected String unique(UniqueConstraint unique) {
        return constraint(unique.name()) + "UNIQUE (" + rows.columns(unique.columns()) + ")";
    }

    protected String check(CheckConstraint check) {
        return constraint(check.name()) + "CHECK (" + check.expression() + ")";
    }

    /**
     * True when comments are part of the column definition and {@link #tableOptions}, as in MariaDB; false
     * when they are separate {@code COMMENT ON} statements after {@code CREATE TABLE}/{@code ADD COLUMN}.
     */
    protected boolean inlineComments() {
        return false;
    }

    /** The primary key clause of {@code CREATE TABLE} and {@code ADD}. */
    protected String primaryKey(PrimaryKey pk) {
        return constraint(pk.name()) + "PRIMARY KEY (" + rows.columns(pk.columns()) + ")";
    }

    /** Text after the closing bracket of {@code CREATE TABLE}; none by default. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** The statements setting (or, for {@code null}, removing) a table comment. */
    protected List<SqlStatement> tableComment(QualifiedName table, String comment) {
        return statement("COMMENT ON TABLE " + qualify(table) + " IS " + literal(comment));
    }

    /** The statements setting a column's comment after the column exists. */
    protected List<SqlStatement> columnComment(QualifiedName table, Column column) {
        return statement("COMMENT ON COLUMN " + qualify(table) + "." + quote(column.name()) + " IS "
                + literal(column.comment()));
    }

    protected SqlStatement dropConstraint(QualifiedName table, String name, String kind) {
        return alter(table, "DROP CONSTRAINT " + quote(requireName(table, name, kind)));
    }

    /** {@code name}, or an error saying an unnamed {@code kind} of {@code table} cannot be dropped. */
    protected String requireName(QualifiedName table, String name, String kind) {
        if (name == null) {
            throw new AutogenException(ErrorKind.REVISION, "Cannot drop an unnamed " + kind + " of table " + table
                    + "; give the " + kind + " the name the database shows for it.");
        }
        return name;
    }

    protected SqlStatement alter(QualifiedName table, String action) {
        return SqlStatement.of("ALTER TABLE " + qualify(table) + " " + action);
    }

    protected static List<SqlStatement> statement(String sql) {
        return List.of(SqlStatement.of(sql));
    }

    /**
     * The word before {@code INDEX} for the index's method ({@code FULLTEXT }), empty for the default; this
     * database knows no other methods.
     */
    protected String indexKind(QualifiedName table, Index index) {
        if (index.method() != null) {
            throw unsupported(table, index, "the " + index.method() + " index method");
        }
        return "";
    }

    protected AutogenException unsupported(QualifiedName table, Index index, String feature) {
        return new AutogenException(ErrorKind.REVISION, "Index " + index.name() + " on " + table + " cannot be created: "
                + databaseName() + " "
                + "does not support " + feature + "; index plain columns instead, or drop the index from this revision.");
    }
}
