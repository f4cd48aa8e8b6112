package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.Deferral;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.model.CheckConstraint;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterEnumType;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.BulkInsert;
import dev.autogen.operation.CreateEnumType;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DeleteRows;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.ValidateConstraint;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropEnumType;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUniqueConstraint;
import dev.autogen.operation.ExecuteSql;
import dev.autogen.operation.Irreversible;
import dev.autogen.operation.IrreversibleSql;
import dev.autogen.operation.OperationVisitor;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameUniqueConstraint;
import dev.autogen.operation.RenameTable;
import dev.autogen.operation.SetTableComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.autogen.codegen.Statements.chainedLines;
import static dev.autogen.codegen.Statements.columnDef;
import static dev.autogen.codegen.Statements.listOf;
import static dev.autogen.codegen.Statements.longLiteral;
import static dev.autogen.codegen.Statements.on;
import static dev.autogen.codegen.Statements.statement;
import static dev.autogen.codegen.Statements.strings;
import static dev.autogen.codegen.Statements.text;

/**
 * One operation as the statement a person would write against the runtime {@code Op} API, built with JavaPoet
 * ({@code $S} for every name and SQL text, so quotes and spaces need no care). Drops name only the object; the
 * object itself is in the paired create of the other method. A table's foreign keys and indexes are separate
 * operations (see {@link CreateTable}), so {@code createTable} writes only columns, keys, checks and comment.
 * One instance renders one revision: it remembers whether a {@code Ddl} factory was used, for the static import.
 */
final class OperationCode implements OperationVisitor<CodeBlock> {
    private static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);

    private final RowValues rowValues = new RowValues();
    private final RevisionStyle style;
    private boolean usesDdl;
    private boolean usesTypes;

    OperationCode(RevisionStyle style) {
        this.style = style;
    }

    /** Whether any statement rendered so far names a {@code Types} type. */
    boolean usesTypes() {
        return usesTypes;
    }

    /** The column's type as the revision writes it: a {@code Types} type, or its SQL string. */
    private CodeBlock type(QualifiedName table, Column column) {
        ColumnType type = column.type() == null ? null : style.type(table, column);
        if (type == null) {
            return CodeBlock.of("$S", column.type());
        }
        usesTypes = true;
        return TypeCode.of(type);
    }

    /** Whether any statement rendered so far calls a {@code Ddl} factory ({@code column}, {@code row}, ...). */
    boolean usesDdl() {
        return usesDdl;
    }

    // ---- tables ----

    @Override
    public CodeBlock visitCreateTable(CreateTable op) {
        Table table = op.table();
        List<CodeBlock> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(columnDef(column, type(table.name(), column)));
        }
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
            elements.add(CodeBlock.of("$T.primaryKey($S$L)", Statements.DDL, pk.name(), strings(pk.columns())));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            elements.add(CodeBlock.of("$T.unique($S$L)", Statements.DDL, unique.name(), strings(unique.columns())));
        }
        for (CheckConstraint check : table.checks()) {
            elements.add(CodeBlock.of("$T.check($S,$W$L)", Statements.DDL, check.name(), text(check.expression())));
        }
        if (table.comment() != null) {
            elements.add(CodeBlock.of("$T.comment($L)", Statements.DDL, text(table.comment())));
        }
        usesDdl |= !elements.isEmpty();
        CodeBlock.Builder code = CodeBlock.builder().add("$[$L.createTable($S", on(table.name()), table.name().name());
        for (CodeBlock element : elements) {
            code.add(",\n$L", element);
        }
        return code.add(");\n$]").build();
    }

    @Override
    public CodeBlock visitDropTable(DropTable op) {
        QualifiedName table = op.table().name();
        return statement(CodeBlock.of("$L.dropTable($S)", on(table), table.name()));
    }

    @Override
    public CodeBlock visitRenameTable(RenameTable op) {
        return statement(CodeBlock.of("$L.renameTable($S,$W$S)", on(op.from()), op.from().name(), op.to()));
    }

    @Override
    public CodeBlock visitSetTableComment(SetTableComment op) {
        CodeBlock call = CodeBlock.of("$L.setTableComment($S,$W$L)", on(op.table()), op.table().name(), text(op.to()));
        return op.from() == null ? statement(call)
                : statement(call, CodeBlock.of(".existingComment($L)", text(op.from())));
    }

    // ---- columns ----

    @Override
    public CodeBlock visitAddColumn(AddColumn op) {
        usesDdl = true;
        return statement(CodeBlock.of("$L.addColumn($S,$W$L)", on(op.table()), op.table().name(),
                columnDef(op.column(), type(op.table(), op.column()))));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumn op) {
        return statement(CodeBlock.of("$L.dropColumn($S,$W$S)", on(op.table()), op.table().name(),
                op.column().name()));
    }

    @Override
    public CodeBlock visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        return statement(CodeBlock.of("$L.renameUniqueConstraint($S,$W$S,$W$S)", on(op.table()), op.table().name(),
                op.from(), op.to()));
    }

    @Override
    public CodeBlock visitRenameIndex(RenameIndex op) {
        return statement(CodeBlock.of("$L.renameIndex($S,$W$S,$W$S)", on(op.table()), op.table().name(), op.from(),
                op.to()));
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumn op) {
        return statement(CodeBlock.of("$L.renameColumn($S,$W$S,$W$S)", on(op.table()), op.table().name(), op.from(),
                op.to()));
    }

    /**
     * The new value of each aspect that changes, then the existing values a database needs to render it. A change
     * of the default alone is one statement everywhere ({@code SET DEFAULT}, {@code DROP DEFAULT}), so it states
     * only the existing default. Any other change redefines the whole column on MariaDB ({@code MODIFY COLUMN}),
     * so it states every existing value that is set: the type, NOT NULL ({@code existingNullable(true)} is what the
     * runtime assumes, so it is not written), the default, identity, comment, collation and generation.
     */
    @Override
    public CodeBlock visitAlterColumn(AlterColumn op) {
        Column from = op.from();
        Column to = op.to();
        List<CodeBlock> chain = new ArrayList<>();
        if (!Objects.equals(from.type(), to.type())) {
            chain.add(CodeBlock.of(".type($L)", type(op.table(), to)));
        }
        if (op.using() != null) {
            chain.add(CodeBlock.of(".using($L)", text(op.using())));
        }
        if (from.nullable() != to.nullable()) {
            chain.add(CodeBlock.of(".nullable($L)", to.nullable()));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            chain.add(CodeBlock.of(".defaultValue($L)", text(to.defaultValue())));
        }
        if (from.identity() != to.identity()) {
            chain.add(CodeBlock.of(".identity($L)", to.identity()));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            chain.add(CodeBlock.of(".comment($L)", text(to.comment())));
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            chain.add(CodeBlock.of(".collation($S)", to.collation()));
        }
        // a change of the default alone; an alter that changes nothing is a redefinition (MariaDB drops a check written
        // on the column that way) and keeps every existing value
        boolean defaultOnly = op.using() == null && !java.util.Objects.equals(from.defaultValue(), to.defaultValue())
                && from.withDefault(to.defaultValue()).equals(to);
        if (defaultOnly) {
            if (from.defaultValue() != null) {
                chain.add(CodeBlock.of(".existingDefault($L)", text(from.defaultValue())));
            }
            return chainedLines(CodeBlock.of("$L.alterColumn($S,$W$S)", on(op.table()), op.table().name(), from.name()),
                    chain);
        }
        if (from.type() != null) {
            chain.add(CodeBlock.of(".existingType($L)", type(op.table(), from)));
        }
        if (!from.nullable()) {
            chain.add(CodeBlock.of(".existingNullable(false)"));
        }
        if (from.defaultValue() != null) {
            chain.add(CodeBlock.of(".existingDefault($L)", text(from.defaultValue())));
        }
        if (from.identity()) {
            chain.add(CodeBlock.of(".existingIdentity(true)"));
        }
        if (from.comment() != null) {
            chain.add(CodeBlock.of(".existingComment($L)", text(from.comment())));
        }
        if (from.collation() != null) {
            chain.add(CodeBlock.of(".existingCollation($S)", from.collation()));
        }
        if (from.generated() != null) {
            chain.add(CodeBlock.of(".existingGenerated($S)", from.generated()));
        }
        CodeBlock call = CodeBlock.of("$L.alterColumn($S,$W$S)", on(op.table()), op.table().name(), from.name());
        return chainedLines(call, chain);
    }

    // ---- keys and constraints ----

    @Override
    public CodeBlock visitAddPrimaryKey(AddPrimaryKey op) {
        PrimaryKey pk = op.primaryKey();
        return statement(CodeBlock.of("$L.createPrimaryKey($S,$W$S$L)", on(op.table()), pk.name(), op.table().name(),
                strings(pk.columns())));
    }

    @Override
    public CodeBlock visitDropPrimaryKey(DropPrimaryKey op) {
        return statement(CodeBlock.of("$L.dropPrimaryKey($S,$W$S)", on(op.table()), op.primaryKey().name(),
                op.table().name()));
    }

    @Override
    public CodeBlock visitAddForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        CodeBlock call;
        if (fk.columns().size() == 1) {
            call = CodeBlock.of("$L.createForeignKey($S,$W$S,$W$S,$W$S,$W$S)", on(op.table()), fk.name(),
                    op.table().name(), fk.columns().get(0), fk.targetTable().name(), fk.targetColumns().get(0));
        } else {
            call = CodeBlock.of("$L.createForeignKey($S,$W$S,$W$L,$W$S,$W$L)", on(op.table()), fk.name(),
                    op.table().name(), listOf(fk.columns()), fk.targetTable().name(), listOf(fk.targetColumns()));
        }
        List<CodeBlock> chain = new ArrayList<>();
        if (!Objects.equals(fk.targetTable().schema(), op.table().schema())) {
            chain.add(CodeBlock.of(".targetSchema($S)", fk.targetTable().schema()));
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            chain.add(CodeBlock.of(".onDelete($T.$L)", REFERENTIAL_ACTION, fk.onDelete().name()));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            chain.add(CodeBlock.of(".onUpdate($T.$L)", REFERENTIAL_ACTION, fk.onUpdate().name()));
        }
        if (fk.deferral() != Deferral.NOT_DEFERRABLE) {
            chain.add(CodeBlock.of(".deferrable($T.$L)", ClassName.get(Deferral.class), fk.deferral().name()));
        }
        if (op.notValid()) {
            chain.add(CodeBlock.of(".notValid()"));
        }
        return statement(call, chain);
    }

    @Override
    public CodeBlock visitDropForeignKey(DropForeignKey op) {
        return statement(CodeBlock.of("$L.dropForeignKey($S,$W$S)", on(op.table()), op.foreignKey().name(),
                op.table().name()));
    }

    @Override
    public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint op) {
        UniqueConstraint unique = op.constraint();
        CodeBlock call = CodeBlock.of("$L.createUniqueConstraint($S,$W$S$L)", on(op.table()), unique.name(),
                op.table().name(), strings(unique.columns()));
        return op.concurrently() ? statement(call, CodeBlock.of(".concurrently()")) : statement(call);
    }

    @Override
    public CodeBlock visitDropUniqueConstraint(DropUniqueConstraint op) {
        return statement(CodeBlock.of("$L.dropUniqueConstraint($S,$W$S)", on(op.table()), op.constraint().name(),
                op.table().name()));
    }

    @Override
    public CodeBlock visitAddCheckConstraint(AddCheckConstraint op) {
        CheckConstraint check = op.constraint();
        CodeBlock call = CodeBlock.of("$L.createCheckConstraint($S,$W$S,$W$L)", on(op.table()), check.name(),
                op.table().name(), text(check.expression()));
        return op.notValid() ? statement(call, CodeBlock.of(".notValid()")) : statement(call);
    }

    @Override
    public CodeBlock visitValidateConstraint(ValidateConstraint op) {
        return statement(CodeBlock.of("$L.validateConstraint($S,$W$S)", on(op.table()), op.constraint(),
                op.table().name()));
    }

    @Override
    public CodeBlock visitDropCheckConstraint(DropCheckConstraint op) {
        return statement(CodeBlock.of("$L.dropCheckConstraint($S,$W$S)", on(op.table()), op.constraint().name(),
                op.table().name()));
    }

    // ---- indexes ----

    /**
     * The leading plain columns go into {@code createIndex(...)}; keys after the first expression are chained in
     * order ({@code .expression(..)}, {@code .column(..)}), so the key order is kept exactly.
     */
    @Override
    public CodeBlock visitCreateIndex(CreateIndex op) {
        Index index = op.index();
        List<IndexColumn> keys = index.columns();
        int leading = 0;
        while (leading < keys.size() && !keys.get(leading).expression()) {
            leading++;
        }
        CodeBlock call = CodeBlock.of("$L.createIndex($S,$W$S$L)", on(op.table()), index.name(), op.table().name(),
                strings(index.columnNames().subList(0, leading)));
        List<CodeBlock> chain = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            IndexColumn key = keys.get(i);
            if (i >= leading) {
                chain.add(CodeBlock.of(key.expression() ? ".expression($S)" : ".column($S)", key.name()));
            }
            if (key.descending()) {
                chain.add(CodeBlock.of(".desc($S)", key.name()));
            }
            if (key.opclass() != null) {
                chain.add(CodeBlock.of(".opclass($S,$W$S)", key.name(), key.opclass()));
            }
        }
        if (index.unique()) {
            chain.add(CodeBlock.of(".unique()"));
        }
        if (index.method() != null) {
            chain.add(CodeBlock.of(".using($S)", index.method()));
        }
        if (!index.include().isEmpty()) {
            chain.add(CodeBlock.of(".include($L)", index.include().stream().map(c -> CodeBlock.of("$S", c))
                    .collect(CodeBlock.joining(",$W"))));
        }
        if (index.where() != null) {
            chain.add(CodeBlock.of(".where($L)", text(index.where())));
        }
        if (index.definition() != null) {
            chain.add(CodeBlock.of(".definition($S)", index.definition()));
        }
        if (op.concurrently()) {
            chain.add(CodeBlock.of(".concurrently()"));
        }
        return statement(call, chain);
    }

    @Override
    public CodeBlock visitDropIndex(DropIndex op) {
        CodeBlock call = CodeBlock.of("$L.dropIndex($S,$W$S)", on(op.table()), op.index().name(), op.table().name());
        return op.concurrently() ? statement(call, CodeBlock.of(".concurrently()")) : statement(call);
    }

    // ---- sequences and enum types ----

    @Override
    public CodeBlock visitCreateSequence(CreateSequence op) {
        List<CodeBlock> chain = new ArrayList<>();
        if (op.sequence().startWith() != 1) {
            chain.add(CodeBlock.of(".startWith($L)", longLiteral(op.sequence().startWith())));
        }
        if (op.sequence().incrementBy() != 1) {
            chain.add(CodeBlock.of(".incrementBy($L)", longLiteral(op.sequence().incrementBy())));
        }
        if (op.sequence().cache() != null) {
            chain.add(CodeBlock.of(".cache($L)", longLiteral(op.sequence().cache())));
        }
        QualifiedName name = op.sequence().name();
        return statement(CodeBlock.of("$L.createSequence($S)", on(name), name.name()), chain);
    }

    @Override
    public CodeBlock visitDropSequence(DropSequence op) {
        QualifiedName name = op.sequence().name();
        return statement(CodeBlock.of("$L.dropSequence($S)", on(name), name.name()));
    }

    @Override
    public CodeBlock visitAlterSequence(AlterSequence op) {
        QualifiedName name = op.to().name();
        CodeBlock call = CodeBlock.of("$L.alterSequence($S,$W$L,$W$L)", on(name), name.name(),
                longLiteral(op.from().incrementBy()), longLiteral(op.to().incrementBy()));
        List<CodeBlock> chain = new ArrayList<>();
        if (op.from().startWith() != 1) {
            chain.add(CodeBlock.of(".existingStartWith($L)", longLiteral(op.from().startWith())));
        }
        if (op.to().startWith() != op.from().startWith()) {
            chain.add(CodeBlock.of(".startWith($L)", longLiteral(op.to().startWith())));
        }
        if (op.from().cache() != null) {
            chain.add(CodeBlock.of(".existingCache($L)", longLiteral(op.from().cache())));
        }
        if (op.to().cache() != null && !op.to().cache().equals(op.from().cache())) {
            chain.add(CodeBlock.of(".cache($L)", longLiteral(op.to().cache())));
        }
        return statement(call, chain);
    }

    @Override
    public CodeBlock visitCreateEnumType(CreateEnumType op) {
        QualifiedName name = op.enumType().name();
        return statement(CodeBlock.of("$L.createEnumType($S$L)", on(name), name.name(),
                strings(op.enumType().values())));
    }

    @Override
    public CodeBlock visitDropEnumType(DropEnumType op) {
        QualifiedName name = op.enumType().name();
        return statement(CodeBlock.of("$L.dropEnumType($S)", on(name), name.name()));
    }

    @Override
    public CodeBlock visitAlterEnumType(AlterEnumType op) {
        QualifiedName name = op.to().name();
        return statement(CodeBlock.of("$L.alterEnumType($S,$W$L,$W$L)", on(name), name.name(),
                listOf(op.from().values()), listOf(op.to().values())));
    }

    // ---- data and raw SQL ----

    @Override
    public CodeBlock visitBulkInsert(BulkInsert op) {
        return rows("bulkInsert", op.table(), op.columns(), op.rows());
    }

    @Override
    public CodeBlock visitDeleteRows(DeleteRows op) {
        return rows("deleteRows", op.table(), op.columns(), op.rows());
    }

    @Override
    public CodeBlock visitExecuteSql(ExecuteSql op) {
        return statement(CodeBlock.of("op.execute($L)", text(op.sql())));
    }

    /**
     * The downgrade of SQL without a known reverse: {@code op.irreversible(sql)} records the gap, and running a
     * downgrade through it fails before touching the database, unless a person replaces it with real SQL.
     */
    @Override
    public CodeBlock visitIrreversible(Irreversible op) {
        throw new AutogenException(ErrorKind.REVISION, op.reason());
    }

    @Override
    public CodeBlock visitIrreversibleSql(IrreversibleSql op) {
        return CodeBlock.builder()
                .add("// TODO: no reverse is known for this SQL; replace this call with op.execute(...) that undoes it.\n")
                .add(statement(CodeBlock.of("op.irreversible($L)", text(op.originalSql()))))
                .build();
    }

    // ---- pieces ----

    private CodeBlock rows(String method, QualifiedName table, List<String> columns, List<List<Object>> rows) {
        CodeBlock.Builder code = CodeBlock.builder().add("$[$L.$L($S,$W$L, $T.of(", on(table), method, table.name(),
                listOf(columns), Statements.LIST);
        String separator = "\n";
        for (List<Object> row : rows) {
            code.add(separator).add(rowValues.row(row, table));
            separator = ",\n";
        }
        usesDdl |= !rows.isEmpty();
        return code.add("));\n$]").build();
    }
}
