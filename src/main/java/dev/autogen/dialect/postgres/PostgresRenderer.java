package dev.autogen.dialect.postgres;

import java.util.Map;
import dev.autogen.model.ColumnType;
import dev.autogen.dialect.PortableTypes;
import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Deferral;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.autogen.dialect.postgres.PostgresSyntax.qualify;
import static dev.autogen.dialect.postgres.PostgresSyntax.quote;

/** PostgreSQL DDL for every operation; identifiers go through {@link PostgresSyntax#quote}. */
public final class PostgresRenderer implements DdlRenderer, OperationVisitor<List<SqlStatement>> {
    private final PostgresColumnChanges columnChanges;

    public PostgresRenderer() {
        this(new PostgresTypes());
    }

    public PostgresRenderer(PostgresTypes types) {
        this.columnChanges = new PostgresColumnChanges(types);
    }

    @Override
    public List<SqlStatement> render(Operation operation) {
        return operation.accept(this);
    }

    @Override
    public String quote(String identifier) {
        return PostgresSyntax.quote(identifier);
    }

    @Override
    public String qualify(QualifiedName name) {
        return PostgresSyntax.qualify(name);
    }

    @Override
    public String literal(Object value) {
        return PostgresSyntax.literal(value);
    }

    /** PostgreSQL's spelling of the portable types; {@code enumOf} is a varchar with a check, as Hibernate makes it. */
    static final PortableTypes PORTABLE = new PortableTypes("postgresql", "PostgreSQL", Map.of(
            "text", t -> "text", "clob", t -> "text", "time", t -> PortableTypes.sized("time", t, 6),
            "bytes", t -> "bytea", "blob", t -> "bytea", "enumOf", t -> PortableTypes.sized("varchar", t, 255)), PostgresSyntax::fold);

    @Override
    public String nativeType(ColumnType type, String column) {
        return PORTABLE.render(type, column);
    }

    @Override
    public String typeCheck(String column, ColumnType type) {
        return type.isPortable() && type.name().equals("enumOf") ? PortableTypes.inList(quote(column), type) : null;
    }

    /** Unquoted names fold to lower case. */
    @Override
    public String foldName(String name) {
        return PORTABLE.fold(name);
    }

    @Override
    public String select(QualifiedName table, List<String> columns) {
        return "SELECT " + names(columns) + " FROM " + qualify(table);
    }

    @Override
    public String insert(QualifiedName table, List<String> columns) {
        return "INSERT INTO " + qualify(table) + " (" + names(columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String deleteWhere(QualifiedName table, String column) {
        return "DELETE FROM " + qualify(table) + " WHERE " + quote(column) + " = ?";
    }

    // ---- tables

    @Override
    public List<SqlStatement> visitCreateTable(CreateTable op) {
        Table t = op.table();
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (t.primaryKey() != null) {
            parts.add(constraint(t.primaryKey().name()) + "PRIMARY KEY (" + names(t.primaryKey().columns()) + ")");
        }
        t.uniqueConstraints().forEach(u -> parts.add(constraint(u.name()) + "UNIQUE (" + names(u.columns()) + ")"));
        t.checks().forEach(c -> parts.add(constraint(c.name()) + "CHECK (" + c.expression() + ")"));
        List<SqlStatement> out = new ArrayList<>();
        List<SqlStatement> ownership = new ArrayList<>();
        for (Column c : t.columns()) {
            String sequence = serialSequence(t.name(), c);
            if (sequence != null) {
                // a serial column's sequence went with its table: create it first, and own it again after
                out.add(SqlStatement.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS " + sequenceType(c)));
                ownership.add(SqlStatement.of("ALTER SEQUENCE " + sequence + " OWNED BY " + qualify(t.name()) + "."
                        + quote(c.name())));
            }
        }
        out.add(SqlStatement.of("CREATE TABLE " + qualify(t.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"));
        out.addAll(ownership);
        if (t.comment() != null) {
            out.add(SqlStatement.of(commentOnTable(t.name(), t.comment())));
        }
        for (Column c : t.columns()) {
            if (c.comment() != null) {
                out.add(SqlStatement.of(PostgresColumnChanges.commentOnColumn(t.name(), c.name(), c.comment())));
            }
        }
        return out;
    }

    /** {@code nextval('seq'::regclass)}: the default PostgreSQL gives a serial column. */
    private static final java.util.regex.Pattern NEXTVAL =
            java.util.regex.Pattern.compile("(?i)nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)");

    /**
     * The sequence of a serial column, as its default names it (a regclass literal, quoted where it needs it), when
     * the name is the one {@code serial} gives ({@code <table>_<column>_seq}); otherwise {@code null}: a default
     * taking values from a sequence of another name draws from a free-standing sequence that is left alone.
     */
    static String serialSequence(QualifiedName table, Column column) {
        if (column.defaultValue() == null) {
            return null;
        }
        java.util.regex.Matcher m = NEXTVAL.matcher(column.defaultValue().strip());
        if (!m.matches()) {
            return null;
        }
        String literal = m.group(1).replace("''", "'");
        String bare = literal.substring(literal.lastIndexOf('.') + 1).replace("\"", "");
        String expected = table.name() + "_" + column.name() + "_seq";
        boolean serialName = bare.equals(expected)
                || expected.length() > 63 && bare.endsWith("_seq") && bare.length() == 63;
        if (!serialName || !literal.matches("[\\w.$\"]+")) {
            return null;
        }
        return literal;
    }

    private static String sequenceType(Column column) {
        String type = column.type() == null ? "" : column.type().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("smallint") || type.equals("int2") || type.startsWith("smallserial") ? "smallint"
                : type.startsWith("integer") || type.equals("int") || type.equals("int4") || type.startsWith("serial")
                && !type.startsWith("serial8") ? "integer" : "bigint";
    }

    @Override
    public List<SqlStatement> visitDropTable(DropTable op) {
        return one("DROP TABLE " + qualify(op.table().name()));
    }

    @Override
    public List<SqlStatement> visitRenameTable(RenameTable op) {
        return one("ALTER TABLE " + qualify(op.from()) + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitSetTableComment(SetTableComment op) {
        return one(commentOnTable(op.table(), op.to()));
    }

    // ---- columns

    @Override
    public List<SqlStatement> visitAddColumn(AddColumn op) {
        List<SqlStatement> out = new ArrayList<>();
        String sequence = serialSequence(op.table(), op.column());
        if (sequence != null) {
            // a serial column's sequence went with the column: create it first, and own it again after
            out.add(SqlStatement.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS " + sequenceType(op.column())));
        }
        out.add(SqlStatement.of(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.column())));
        if (sequence != null) {
            out.add(SqlStatement.of("ALTER SEQUENCE " + sequence + " OWNED BY " + qualify(op.table()) + "."
                    + quote(op.column().name())));
        }
        if (op.column().comment() != null) {
            out.add(SqlStatement.of(PostgresColumnChanges.commentOnColumn(op.table(), op.column().name(), op.column().comment())));
        }
        return out;
    }

    @Override
    public List<SqlStatement> visitDropColumn(DropColumn op) {
        return one(alterTable(op.table()) + "DROP COLUMN " + quote(op.column().name()));
    }

    @Override
    public List<SqlStatement> visitRenameColumn(RenameColumn op) {
        return one(alterTable(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitAlterColumn(AlterColumn op) {
        return columnChanges.render(op);
    }

    // ---- keys and constraints

    @Override
    public List<SqlStatement> visitAddPrimaryKey(AddPrimaryKey op) {
        PrimaryKey pk = op.primaryKey();
        return one(alterTable(op.table()) + "ADD " + constraint(pk.name()) + "PRIMARY KEY (" + names(pk.columns()) + ")");
    }

    @Override
    public List<SqlStatement> visitDropPrimaryKey(DropPrimaryKey op) {
        String name = op.primaryKey().name() != null ? op.primaryKey().name() : truncate(op.table().name() + "_pkey");
        return dropConstraint(op.table(), name);
    }

    @Override
    public List<SqlStatement> visitAddForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        String onDelete = fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql();
        String onUpdate = fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql();
        String deferral = fk.deferral() == Deferral.NOT_DEFERRABLE ? "" : " " + fk.deferral().sql();
        return one(alterTable(op.table()) + "ADD " + constraint(fk.name()) + "FOREIGN KEY (" + names(fk.columns())
                + ") REFERENCES " + qualify(fk.targetTable()) + " (" + names(fk.targetColumns()) + ")" + onDelete
                + onUpdate + deferral);
    }

    @Override
    public List<SqlStatement> visitDropForeignKey(DropForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return dropConstraint(op.table(), fk.name() != null ? fk.name()
                : truncate(op.table().name() + "_" + String.join("_", fk.columns()) + "_fkey"));
    }

    @Override
    public List<SqlStatement> visitAddUniqueConstraint(AddUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return one(alterTable(op.table()) + "ADD " + constraint(u.name()) + "UNIQUE (" + names(u.columns()) + ")");
    }

    @Override
    public List<SqlStatement> visitDropUniqueConstraint(DropUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return dropConstraint(op.table(), u.name() != null ? u.name()
                : truncate(op.table().name() + "_" + String.join("_", u.columns()) + "_key"));
    }

    @Override
    public List<SqlStatement> visitAddCheckConstraint(AddCheckConstraint op) {
        CheckConstraint c = op.constraint();
        return one(alterTable(op.table()) + "ADD " + constraint(c.name()) + "CHECK (" + c.expression() + ")");
    }

    @Override
    public List<SqlStatement> visitDropCheckConstraint(DropCheckConstraint op) {
        if (op.constraint().name() == null) {
            throw new AutogenException(ErrorKind.REVISION, "The check constraint (" + op.constraint().expression()
                    + ") on table " + op.table() + " has no name, so it cannot be dropped; give it a name in the revision.");
        }
        return dropConstraint(op.table(), op.constraint().name());
    }

    // ---- indexes

    @Override
    public List<SqlStatement> visitCreateIndex(CreateIndex op) {
        Index ix = op.index();
        String head = "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
                + quote(ix.name()) + " ON " + qualify(op.table()) + " ";
        if (ix.definition() != null) {
            // the database's own text of a dropped index: it comes back exactly (method, operator classes, options)
            return List.of(new SqlStatement(head + ix.definition(), op.concurrently()));
        }
        String columns = ix.columns().stream().map(this::indexKey).collect(Collectors.joining(", "));
        String sql = head + (ix.method() == null ? "" : "USING " + ix.method() + " ") + "(" + columns + ")"
                + (ix.include().isEmpty() ? "" : " INCLUDE (" + names(ix.include()) + ")")
                + (ix.where() == null ? "" : " WHERE " + ix.where());
        return List.of(new SqlStatement(sql, op.concurrently()));
    }

    @Override
    public List<SqlStatement> visitDropIndex(DropIndex op) {
        String sql = "DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
                + qualify(new QualifiedName(op.table().schema(), op.index().name()));
        return List.of(new SqlStatement(sql, op.concurrently()));
    }

    private String indexKey(IndexColumn c) {
        String key = !c.expression() ? quote(c.name()) : parenthesised(c.name()) ? c.name() : "(" + c.name() + ")";
        key = c.opclass() == null ? key : key + " " + c.opclass();
        return c.descending() ? key + " DESC" : key;
    }

    /** True when the whole text is one parenthesised group, as PostgreSQL wants an index expression. */
    private static boolean parenthesised(String expression) {
        List<PostgresExpressions.Token> t = PostgresExpressions.tokens(expression);
        if (t.isEmpty() || !t.get(0).is("(")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            depth += t.get(i).is("(") ? 1 : t.get(i).is(")") ? -1 : 0;
            if (depth == 0) {
                return i == t.size() - 1;
            }
        }
        return false;
    }

    // ---- sequences and enum types

    @Override
    public List<SqlStatement> visitCreateSequence(CreateSequence op) {
        Sequence s = op.sequence();
        return one("CREATE SEQUENCE " + qualify(s.name()) + " START WITH " + s.startWith() + " INCREMENT BY " + s.incrementBy());
    }

    @Override
    public List<SqlStatement> visitDropSequence(DropSequence op) {
        return one("DROP SEQUENCE " + qualify(op.sequence().name()));
    }

    @Override
    public List<SqlStatement> visitAlterSequence(AlterSequence op) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE " + qualify(op.to().name()));
        if (op.from().startWith() != op.to().startWith()) {
            sql.append(" START WITH ").append(op.to().startWith());
        }
        if (op.from().incrementBy() != op.to().incrementBy()) {
            sql.append(" INCREMENT BY ").append(op.to().incrementBy());
        }
        return sql.indexOf(" START WITH") < 0 && sql.indexOf(" INCREMENT BY") < 0 ? List.of() : one(sql.toString());
    }

    @Override
    public List<SqlStatement> visitCreateEnumType(CreateEnumType op) {
        return one(PostgresEnumChanges.create(op.enumType()));
    }

    @Override
    public List<SqlStatement> visitDropEnumType(DropEnumType op) {
        return one("DROP TYPE " + qualify(op.enumType().name()));
    }

    @Override
    public List<SqlStatement> visitAlterEnumType(AlterEnumType op) {
        return PostgresEnumChanges.render(op);
    }

    // ---- data and hand-written SQL

    @Override
    public List<SqlStatement> visitBulkInsert(BulkInsert op) {
        if (op.rows().isEmpty()) {
            return List.of();
        }
        String values = op.rows().stream()
                .map(r -> "(" + r.stream().map(this::literal).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return one("INSERT INTO " + qualify(op.table()) + " (" + names(op.columns()) + ") VALUES " + values);
    }

    @Override
    public List<SqlStatement> visitDeleteRows(DeleteRows op) {
        if (op.rows().isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        for (List<Object> row : op.rows()) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                terms.add(quote(op.columns().get(i)) + (v == null ? " IS NULL" : " = " + literal(v)));
            }
            conditions.add("(" + String.join(" AND ", terms) + ")");
        }
        return one("DELETE FROM " + qualify(op.table()) + " WHERE " + String.join(" OR ", conditions));
    }

    @Override
    public List<SqlStatement> visitExecuteSql(ExecuteSql op) {
        return one(op.sql());
    }

    @Override
    public List<SqlStatement> visitIrreversible(Irreversible op) {
        throw new AutogenException(ErrorKind.REVISION, op.reason());
    }

    @Override
    public List<SqlStatement> visitIrreversibleSql(IrreversibleSql op) {
        throw new AutogenException(ErrorKind.REVISION, "The hand-written SQL '" + op.originalSql()
                + "' has no reverse: write the downgrade by hand (give the ExecuteSql a reverse statement).");
    }

    // ---- pieces

    private String columnDefinition(Column c) {
        if (c.type() == null) {
            throw new AutogenException(ErrorKind.REVISION, "Column " + c.name()
                    + " has no type, so it cannot be created; give it an SQL type in the revision.");
        }
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            b.append(" COLLATE ").append(quote(c.collation()));
        }
        if (c.generated() != null) {
            b.append(" GENERATED ALWAYS AS (").append(c.generated()).append(") STORED");
        } else if (c.identity()) {
            b.append(" GENERATED BY DEFAULT AS IDENTITY");
            if (c.identityOptions() != null) {
                b.append(c.identityOptions().sql());
            }
        } else if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    private String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + qualify(table) + " IS " + (comment == null ? "NULL" : PostgresSyntax.string(comment));
    }

    private String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    private String alterTable(QualifiedName table) {
        return "ALTER TABLE " + qualify(table) + " ";
    }

    private List<SqlStatement> dropConstraint(QualifiedName table, String name) {
        return one(alterTable(table) + "DROP CONSTRAINT " + quote(name));
    }

    private String names(List<String> names) {
        return names.stream().map(PostgresSyntax::quote).collect(Collectors.joining(", "));
    }

    /** PostgreSQL truncates generated names to 63 bytes (NAMEDATALEN - 1). */
    private static String truncate(String name) {
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private static List<SqlStatement> one(String sql) {
        return List.of(SqlStatement.of(sql));
    }
}
