package dev.autogen.dialect.mariadb;

import java.util.Map;
import dev.autogen.dialect.PortableTypes;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.SqlLiterals;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.dialect.StandardRenderer;
import dev.autogen.model.Column;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameUniqueConstraint;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropUniqueConstraint;

import java.util.List;

/**
 * MariaDB 10.11 / MySQL 8 DDL. Identifiers are always backtick-quoted; string literals escape backslashes.
 * Comments are inline ({@code COMMENT '...'} on columns, {@code COMMENT='...'} on tables); a column change is
 * one {@code MODIFY COLUMN} with the full new definition; identity is {@code AUTO_INCREMENT} (the column must
 * be a key). There are no named enum types (the column type is {@code enum(...)}), and no partial or
 * expression indexes.
 */
public final class MariaDbRenderer extends StandardRenderer {

    @Override
    protected String databaseName() {
        return "MariaDB";
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public String literal(Object value) {
        return SqlLiterals.literal(value, true);
    }

    /** MariaDB's spelling of the portable types, as Hibernate's MariaDB dialect declares them. */
    static final PortableTypes PORTABLE = new PortableTypes("mariadb", "MariaDB", Map.of(
            "bool", t -> "bit", "double", t -> "double", "real", t -> "float",
            "decimal", t -> PortableTypes.sized("decimal", t, 19), "text", t -> "text", "clob", t -> "longtext",
            "timestamp", t -> PortableTypes.sized("datetime", t, 6),
            "timestampTz", t -> PortableTypes.sized("datetime", t, 6), "blob", t -> "longblob"), name -> name);

    @Override
    protected PortableTypes portableTypes() {
        return PORTABLE;
    }

    @Override
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generated() != null) {
            // MariaDB allows neither NOT NULL nor a default on a generated column
            sql.append(" AS (").append(column.generated()).append(") PERSISTENT");
            if (column.comment() != null) {
                sql.append(" COMMENT ").append(literal(column.comment()));
            }
            return sql.toString();
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.identity()) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    /** MariaDB names every primary key {@code PRIMARY}, so the model's name is not rendered. */
    @Override
    protected String primaryKey(PrimaryKey pk) {
        return "PRIMARY KEY (" + rows.columns(pk.columns()) + ")";
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment() == null ? "" : " COMMENT=" + literal(table.comment());
    }

    @Override
    protected List<SqlStatement> tableComment(QualifiedName table, String comment) {
        return List.of(alter(table, "COMMENT = " + literal(comment == null ? "" : comment)));
    }

    @Override
    protected List<SqlStatement> columnComment(QualifiedName table, Column column) {
        return List.of();
    }

    /**
     * A change of the default alone is {@code ALTER COLUMN ... SET DEFAULT} (or {@code DROP DEFAULT}), which needs
     * nothing else of the column; any other change redefines the whole column, so {@code to} is rendered in full
     * (type, null, default, identity, comment).
     */
    @Override
    public List<SqlStatement> visitAlterColumn(AlterColumn op) {
        if (op.using() != null) {
            throw new AutogenException(ErrorKind.REVISION, "MariaDB cannot convert column " + op.table() + "."
                    + op.to().name() + " with a USING expression; remove it, or convert the data with op.execute(...)"
                    + " before the alter.");
        }
        Column to = op.to();
        // a change of the default alone; an alter that changes nothing redefines the column (which drops a check
        // written on it)
        if (!java.util.Objects.equals(op.from().defaultValue(), to.defaultValue())
                && op.from().withDefault(to.defaultValue()).equals(to)) {
            return List.of(alter(op.table(), "ALTER COLUMN " + quote(to.name())
                    + (to.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + to.defaultValue())));
        }
        return List.of(alter(op.table(), "MODIFY COLUMN " + columnDefinition(to)));
    }

    /**
     * Drops the foreign key and the index MariaDB created for it when no other index covered its columns
     * (it has the foreign key's name and outlives the constraint).
     */
    @Override
    public List<SqlStatement> visitDropForeignKey(DropForeignKey op) {
        String name = requireName(op.table(), op.foreignKey().name(), "foreign key");
        return List.of(alter(op.table(), "DROP FOREIGN KEY " + quote(name)),
                alter(op.table(), "DROP INDEX IF EXISTS " + quote(name)));
    }

    /**
     * With the cache stated: {@code NOCACHE} for 0, as Hibernate creates MariaDB sequences, and also when the
     * revision states none (one written on another database), so it matches what Hibernate expects here.
     */
    @Override
    public List<SqlStatement> visitCreateSequence(CreateSequence op) {
        Sequence s = op.sequence();
        return statement("CREATE SEQUENCE " + qualify(s.name()) + " START WITH " + s.startWith() + " INCREMENT BY "
                + s.incrementBy() + cache(s.cache() == null ? Long.valueOf(0) : s.cache()));
    }

    @Override
    public List<SqlStatement> visitAlterSequence(AlterSequence op) {
        Sequence to = op.to();
        String cache = java.util.Objects.equals(op.from().cache(), to.cache()) || to.cache() == null ? "" : cache(to.cache());
        return statement("ALTER SEQUENCE " + qualify(to.name()) + " START WITH " + to.startWith() + " INCREMENT BY "
                + to.incrementBy() + cache);
    }

    private static String cache(Long cache) {
        if (cache == null) {
            return "";
        }
        return cache == 0 ? " NOCACHE" : " CACHE " + cache;
    }

    /**
     * {@code IF EXISTS}: a check written inside a column definition cannot be dropped by name ("Can't DROP
     * CONSTRAINT"); it goes when the column is redefined, which the comparator plans next to this drop.
     */
    @Override
    public List<SqlStatement> visitDropCheckConstraint(DropCheckConstraint op) {
        String name = requireName(op.table(), op.constraint().name(), "check constraint");
        return List.of(alter(op.table(), "DROP CONSTRAINT IF EXISTS " + quote(name)));
    }

    /** A unique constraint is a unique index in MariaDB. */
    @Override
    public List<SqlStatement> visitDropUniqueConstraint(DropUniqueConstraint op) {
        String name = requireName(op.table(), op.constraint().name(), "unique constraint");
        return List.of(alter(op.table(), "DROP INDEX " + quote(name)));
    }

    @Override
    public List<SqlStatement> visitRenameUniqueConstraint(RenameUniqueConstraint op) {
        // a unique key is an index on MariaDB, which has no RENAME CONSTRAINT
        return statement("ALTER TABLE " + qualify(op.table()) + " RENAME INDEX " + quote(op.from()) + " TO "
                + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitRenameIndex(RenameIndex op) {
        return statement("ALTER TABLE " + qualify(op.table()) + " RENAME INDEX " + quote(op.from()) + " TO "
                + quote(op.to()));
    }

    @Override
    public List<SqlStatement> visitDropIndex(DropIndex op) {
        return statement("DROP INDEX " + quote(op.index().name()) + " ON " + qualify(op.table()));
    }

    /** MariaDB's FULLTEXT and SPATIAL indexes; HASH is what MEMORY tables use and is created as the default. */
    @Override
    protected String indexKind(QualifiedName table, Index index) {
        if ("fulltext".equals(index.method()) || "spatial".equals(index.method())) {
            return index.method().toUpperCase(java.util.Locale.ROOT) + " ";
        }
        return "hash".equals(index.method()) ? "" : super.indexKind(table, index);
    }
}
