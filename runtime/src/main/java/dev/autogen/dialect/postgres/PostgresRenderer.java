package dev.autogen.dialect.postgres;

import java.util.Map;
import dev.autogen.model.ColumnType;
import dev.autogen.dialect.PortableTypes;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.dialect.StandardRenderer;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Deferral;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.autogen.dialect.postgres.PostgresSyntax.qualify;
import static dev.autogen.dialect.postgres.PostgresSyntax.quote;

/**
 * PostgreSQL DDL, on the standard renderer: what PostgreSQL writes its own way (column changes, indexes with
 * methods and {@code CONCURRENTLY}, enum types, deferrable keys, owned sequences, the names it gives unnamed
 * constraints) is here, the rest is {@link StandardRenderer}'s. Identifiers go through {@link PostgresSyntax#quote}.
 */
public final class PostgresRenderer extends StandardRenderer {
    private final PostgresColumnChanges columnChanges;

    public PostgresRenderer() {
        this(new PostgresTypes());
    }

    public PostgresRenderer(PostgresTypes types) {
        this.columnChanges = new PostgresColumnChanges(types);
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
    public String typeCheck(String column, ColumnType type) {
        return type.isPortable() && type.name().equals("enumOf") ? PortableTypes.inList(quote(column), type) : null;
    }

    @Override
    protected PortableTypes portableTypes() {
        return PORTABLE;
    }

    @Override
    protected String databaseName() {
        return "PostgreSQL";
    }

    // ---- tables

    @Override
    public List<SqlStatement> visitCreateTable(CreateTable op) {
        Table t = op.table();
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (t.primaryKey() != null) {
            parts.add(primaryKey(t.primaryKey()));
        }
        t.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        t.checks().forEach(c -> parts.add(check(c)));
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
            out.addAll(tableComment(t.name(), t.comment()));
        }
        t.columns().stream().filter(c -> c.comment() != null).forEach(c -> out.addAll(columnComment(t.name(), c)));
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

    // ---- columns

    @Override
    public List<SqlStatement> visitAddColumn(AddColumn op) {
        List<SqlStatement> out = new ArrayList<>();
        String sequence = serialSequence(op.table(), op.column());
        if (sequence != null) {
            // a serial column's sequence went with the column: create it first, and own it again after
            out.add(SqlStatement.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS " + sequenceType(op.column())));
        }
        out.add(alter(op.table(), "ADD COLUMN " + columnDefinition(op.column())));
        if (sequence != null) {
            out.add(SqlStatement.of("ALTER SEQUENCE " + sequence + " OWNED BY " + qualify(op.table()) + "."
                    + quote(op.column().name())));
        }
        if (op.column().comment() != null) {
            out.addAll(columnComment(op.table(), op.column()));
        }
        return out;
    }

    @Override
    public List<SqlStatement> visitAlterColumn(AlterColumn op) {
        return columnChanges.render(op);
    }

    // ---- keys and constraints

    @Override
    public List<SqlStatement> visitDropPrimaryKey(DropPrimaryKey op) {
        String name = op.primaryKey().name() != null ? op.primaryKey().name() : truncate(op.table().name() + "_pkey");
        return dropConstraint(op.table(), name);
    }

    @Override
    public List<SqlStatement> visitDropForeignKey(DropForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return dropConstraint(op.table(), fk.name() != null ? fk.name()
                : truncate(op.table().name() + "_" + String.join("_", fk.columns()) + "_fkey"));
    }

    @Override
    public List<SqlStatement> visitDropUniqueConstraint(DropUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return dropConstraint(op.table(), u.name() != null ? u.name()
                : truncate(op.table().name() + "_" + String.join("_", u.columns()) + "_key"));
    }

    // ---- constraints added without a scan, validated later

    /**
     * The unique index built {@code CONCURRENTLY} (outside a transaction: writes go on), then the constraint made
     * from it, which renames nothing and only changes the catalog.
     */
    @Override
    protected List<SqlStatement> concurrentUnique(AddUniqueConstraint op) {
        String name = quote(op.constraint().name());
        return List.of(new SqlStatement("CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + qualify(op.table()) + " ("
                        + names(op.constraint().columns()) + ")", true),
                SqlStatement.of("ALTER TABLE " + qualify(op.table()) + " ADD CONSTRAINT " + name + " UNIQUE USING INDEX "
                        + name));
    }

    @Override
    protected String notValid(QualifiedName table, String constraint, boolean notValid) {
        return notValid ? " NOT VALID" : "";
    }

    /**
     * {@code VALIDATE CONSTRAINT} scans under a SHARE UPDATE EXCLUSIVE lock, which lets writers go on; it starts a
     * new transaction, so the lock its {@code NOT VALID} add took is released before the scan.
     */
    @Override
    public List<SqlStatement> visitValidateConstraint(ValidateConstraint op) {
        return List.of(SqlStatement.inNewTransaction("ALTER TABLE " + qualify(op.table()) + " VALIDATE CONSTRAINT "
                + quote(op.constraint())));
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

    // ---- pieces

    /** Deferrable foreign keys, which PostgreSQL has. */
    @Override
    protected String deferral(ForeignKey fk) {
        return fk.deferral() == Deferral.NOT_DEFERRABLE ? "" : " " + fk.deferral().sql();
    }

    @Override
    protected List<SqlStatement> tableComment(QualifiedName table, String comment) {
        return one("COMMENT ON TABLE " + qualify(table) + " IS " + (comment == null ? "NULL" : PostgresSyntax.string(comment)));
    }

    @Override
    protected List<SqlStatement> columnComment(QualifiedName table, Column column) {
        return one(PostgresColumnChanges.commentOnColumn(table, column.name(), column.comment()));
    }

    @Override
    protected String columnDefinition(Column c) {
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

    private List<SqlStatement> dropConstraint(QualifiedName table, String name) {
        return List.of(alter(table, "DROP CONSTRAINT " + quote(name)));
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
