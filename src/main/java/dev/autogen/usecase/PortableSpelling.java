package dev.autogen.usecase;

import dev.autogen.codegen.RevisionStyle;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.TypeShape;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.EntitySpellings;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan spelled the way a portable revision writes it, from the catalog spelling the comparison works in:
 * names as Hibernate's physical names (which every database folds its own way when the revision runs), column
 * types in the portable vocabulary, and no check that only restates a portable type ({@code enumOf} on
 * PostgreSQL). Every type written is one that renders back, on the database the revision was generated on, to
 * the type compared; a type no portable one renders to is written as this dialect's own.
 */
public final class PortableSpelling implements RevisionStyle {
    /** The portable names tried for a type the entities do not tell, most likely first; with the sizes each takes. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("bigint", 0), Map.entry("integer", 0), Map.entry("smallint", 0), Map.entry("bool", 0),
            Map.entry("double", 0), Map.entry("real", 0), Map.entry("decimal", 2), Map.entry("varchar", 1),
            Map.entry("character", 1), Map.entry("clob", 0), Map.entry("text", 0), Map.entry("date", 0),
            Map.entry("time", 1), Map.entry("timestamp", 1), Map.entry("timestampTz", 1), Map.entry("uuid", 0),
            Map.entry("json", 0), Map.entry("bytes", 1), Map.entry("blob", 0));
    private static final List<String> ORDER = List.of("bigint", "integer", "smallint", "bool", "double", "real",
            "decimal", "varchar", "character", "clob", "text", "date", "time", "timestamp", "timestampTz", "uuid",
            "json", "bytes", "blob");

    private final Dialect dialect;
    private final EntitySpellings spellings;

    PortableSpelling(Dialect dialect, EntitySpellings spellings) {
        this.dialect = dialect;
        this.spellings = spellings;
    }

    /** The name a revision writes for the catalog name {@code name}: the entity's physical name, else unfolded. */
    String name(String name) {
        if (name == null) {
            return null;
        }
        return spellings.name(name).orElseGet(() -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (fold(lower).equals(name)) {
                return lower;
            }
            return fold(name).equals(name) ? name : "\"" + name + "\"";
        });
    }

    /** The plan with every name as the revision writes it, and no check that restates a column's portable type. */
    Plan spell(Plan plan) {
        List<Operation> renamed = plan.operations().stream().map(op -> op.accept(new Renamer())).toList();
        List<Operation> out = new ArrayList<>();
        for (Operation op : renamed) {
            if (op instanceof CreateTable create) {
                Table t = create.table();
                op = new CreateTable(t.withChecks(t.checks().stream()
                        .filter(c -> !restatesType(t.name(), t.columns(), c)).toList()));
            } else if (op instanceof AddCheckConstraint check) {
                List<Column> added = renamed.stream().filter(o -> o instanceof AddColumn a && a.table().equals(check.table()))
                        .map(o -> ((AddColumn) o).column()).toList();
                if (restatesType(check.table(), added, check.constraint())) {
                    continue;
                }
            }
            out.add(op);
        }
        return new Plan(out);
    }

    /** Header notes for the columns whose type only this dialect has. */
    List<String> notes(Plan spelled) {
        Set<String> notes = new LinkedHashSet<>();
        for (Operation op : spelled.operations()) {
            List<Column> columns = new ArrayList<>();
            QualifiedName table = null;
            if (op instanceof CreateTable create) {
                table = create.table().name();
                columns.addAll(create.table().columns());
            } else if (op instanceof AddColumn add) {
                table = add.table();
                columns.add(add.column());
            } else if (op instanceof AlterColumn alter) {
                table = alter.table();
                columns.add(alter.to());
            }
            for (Column c : columns) {
                ColumnType type = c.type() == null ? null : type(table, c);
                if (type != null && !type.isPortable()) {
                    notes.add("Dialect-specific: column " + table + "." + c.name() + " has type " + type.name()
                            + ", which only " + type.dialect() + " has; this revision runs on " + type.dialect()
                            + " only.");
                }
            }
        }
        return List.copyOf(notes);
    }

    @Override
    public ColumnType type(QualifiedName table, Column column) {
        QualifiedName catalog = new QualifiedName(fold(table.schema()), fold(table.name()));
        ColumnType told = spellings.type(catalog, fold(column.name())).orElse(null);
        if (told != null && rendersAs(told, column.type())) {
            return told;
        }
        ColumnType inferred = infer(column.type());
        return inferred != null ? inferred : ColumnType.specific(dialect.name(), column.type());
    }

    private ColumnType infer(String sql) {
        TypeShape shape = TypeShape.parse(sql);
        if (shape.name().startsWith("enum") && !shape.args().isEmpty()
                && shape.args().stream().allMatch(a -> a.startsWith("'") && a.endsWith("'"))) {
            List<String> values = shape.args().stream().map(a -> a.substring(1, a.length() - 1).replace("''", "'"))
                    .toList();
            int length = values.stream().mapToInt(String::length).max().orElse(1);
            ColumnType candidate = new ColumnType("enumOf", List.of(length), values, null);
            return rendersAs(candidate, sql) ? candidate : null;
        }
        List<Integer> sizes = new ArrayList<>();
        for (String arg : shape.args()) {
            if (!arg.strip().matches("\\d+")) {
                return null;
            }
            sizes.add(Integer.parseInt(arg.strip()));
        }
        for (String name : ORDER) {
            int arity = ARITY.get(name);
            List<List<Integer>> tries = new ArrayList<>();
            if (sizes.size() >= arity) {
                tries.add(sizes.subList(0, arity));
            } else if (arity == 1) {
                tries.add(List.of(6));
                tries.add(List.of(0));
            }
            for (List<Integer> s : tries) {
                ColumnType candidate = new ColumnType(name, s, List.of(), null);
                if (rendersAs(candidate, sql)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** True when {@code type} renders on this dialect to a type equal to {@code sql}. */
    private boolean rendersAs(ColumnType type, String sql) {
        try {
            return dialect.types().type(dialect.renderer().nativeType(type, "")).equals(dialect.types().type(sql));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code check} only restates a portable type's own check (an {@code enumOf} column's value list on
     * PostgreSQL), whatever its name: the revision then states the type, and {@code Op} adds that check, named
     * {@code ck_<table>_<column>}, only on the databases that need it.
     */
    private boolean restatesType(QualifiedName table, List<Column> columns, CheckConstraint check) {
        for (Column c : columns) {
            ColumnType type = c.type() == null ? null : type(table, c);
            String condition = type == null ? null : dialect.renderer().typeCheck(fold(c.name()), type);
            if (condition != null && dialect.types().expression(condition).equals(dialect.types().expression(check.expression()))) {
                return true;
            }
        }
        return false;
    }

    private String fold(String name) {
        return name == null ? null : dialect.renderer().foldName(name);
    }

    private QualifiedName name(QualifiedName name) {
        return new QualifiedName(name(name.schema()), name(name.name()));
    }

    private List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    private Column column(Column c) {
        return new Column(name(c.name()), c.type(), c.nullable(), c.defaultValue(), c.identity(), c.comment(),
                c.generated(), c.collation(), c.identityOptions());
    }

    /** Each operation with its names spelled; SQL text (checks, defaults, expressions) stays as it is. */
    private final class Renamer implements OperationVisitor<Operation> {
        private Table table(Table t) {
            return new Table(name(t.name()), t.columns().stream().map(PortableSpelling.this::column).toList(),
                    t.primaryKey() == null ? null : primaryKey(t.primaryKey()),
                    t.foreignKeys().stream().map(this::foreignKey).toList(),
                    t.uniqueConstraints().stream().map(this::unique).toList(),
                    t.indexes().stream().map(this::index).toList(),
                    t.checks().stream().map(this::check).toList(), t.comment(), t.partitioning());
        }

        private PrimaryKey primaryKey(PrimaryKey pk) {
            return new PrimaryKey(name(pk.name()), names(pk.columns()));
        }

        private ForeignKey foreignKey(ForeignKey fk) {
            return new ForeignKey(name(fk.name()), names(fk.columns()), name(fk.targetTable()),
                    names(fk.targetColumns()), fk.onDelete(), fk.onUpdate(), fk.deferral());
        }

        private UniqueConstraint unique(UniqueConstraint u) {
            return new UniqueConstraint(name(u.name()), names(u.columns()));
        }

        private CheckConstraint check(CheckConstraint c) {
            return new CheckConstraint(name(c.name()), c.expression(), name(c.column()));
        }

        private Index index(Index ix) {
            return new Index(name(ix.name()), ix.columns().stream().map(c -> c.expression() ? c
                    : new IndexColumn(name(c.name()), c.descending(), false, c.opclass())).toList(), ix.unique(),
                    ix.where(), ix.method(), names(ix.include()), ix.definition());
        }

        private Sequence sequence(Sequence s) {
            return new Sequence(name(s.name()), s.startWith(), s.incrementBy(), s.cache());
        }

        private EnumType enumType(EnumType e) {
            return new EnumType(name(e.name()), e.values());
        }

        @Override
        public Operation visitCreateTable(CreateTable op) {
            return new CreateTable(table(op.table()));
        }

        @Override
        public Operation visitDropTable(DropTable op) {
            return new DropTable(table(op.table()));
        }

        @Override
        public Operation visitRenameTable(RenameTable op) {
            return new RenameTable(name(op.from()), name(op.to()));
        }

        @Override
        public Operation visitSetTableComment(SetTableComment op) {
            return new SetTableComment(name(op.table()), op.from(), op.to());
        }

        @Override
        public Operation visitAddColumn(AddColumn op) {
            return new AddColumn(name(op.table()), column(op.column()));
        }

        @Override
        public Operation visitDropColumn(DropColumn op) {
            return new DropColumn(name(op.table()), column(op.column()));
        }

        @Override
        public Operation visitRenameUniqueConstraint(RenameUniqueConstraint op) {
            return new RenameUniqueConstraint(name(op.table()), name(op.from()), name(op.to()));
        }

        @Override
        public Operation visitRenameIndex(RenameIndex op) {
            return new RenameIndex(name(op.table()), name(op.from()), name(op.to()));
        }

        @Override
        public Operation visitRenameColumn(RenameColumn op) {
            return new RenameColumn(name(op.table()), name(op.from()), name(op.to()));
        }

        @Override
        public Operation visitAlterColumn(AlterColumn op) {
            return new AlterColumn(name(op.table()), column(op.from()), column(op.to()), op.using());
        }

        @Override
        public Operation visitAddPrimaryKey(AddPrimaryKey op) {
            return new AddPrimaryKey(name(op.table()), primaryKey(op.primaryKey()));
        }

        @Override
        public Operation visitDropPrimaryKey(DropPrimaryKey op) {
            return new DropPrimaryKey(name(op.table()), primaryKey(op.primaryKey()));
        }

        @Override
        public Operation visitAddForeignKey(AddForeignKey op) {
            return new AddForeignKey(name(op.table()), foreignKey(op.foreignKey()), op.notValid());
        }

        @Override
        public Operation visitDropForeignKey(DropForeignKey op) {
            return new DropForeignKey(name(op.table()), foreignKey(op.foreignKey()), op.notValid());
        }

        @Override
        public Operation visitAddUniqueConstraint(AddUniqueConstraint op) {
            return new AddUniqueConstraint(name(op.table()), unique(op.constraint()), op.concurrently());
        }

        @Override
        public Operation visitDropUniqueConstraint(DropUniqueConstraint op) {
            return new DropUniqueConstraint(name(op.table()), unique(op.constraint()), op.concurrently());
        }

        @Override
        public Operation visitAddCheckConstraint(AddCheckConstraint op) {
            return new AddCheckConstraint(name(op.table()), check(op.constraint()), op.notValid());
        }

        @Override
        public Operation visitDropCheckConstraint(DropCheckConstraint op) {
            return new DropCheckConstraint(name(op.table()), check(op.constraint()), op.notValid());
        }

        @Override
        public Operation visitValidateConstraint(ValidateConstraint op) {
            return new ValidateConstraint(name(op.table()), op.constraint());
        }

        @Override
        public Operation visitCreateIndex(CreateIndex op) {
            return new CreateIndex(name(op.table()), index(op.index()), op.concurrently());
        }

        @Override
        public Operation visitDropIndex(DropIndex op) {
            return new DropIndex(name(op.table()), index(op.index()), op.concurrently());
        }

        @Override
        public Operation visitCreateSequence(CreateSequence op) {
            return new CreateSequence(sequence(op.sequence()));
        }

        @Override
        public Operation visitDropSequence(DropSequence op) {
            return new DropSequence(sequence(op.sequence()));
        }

        @Override
        public Operation visitAlterSequence(AlterSequence op) {
            return new AlterSequence(sequence(op.from()), sequence(op.to()));
        }

        @Override
        public Operation visitCreateEnumType(CreateEnumType op) {
            return new CreateEnumType(enumType(op.enumType()));
        }

        @Override
        public Operation visitDropEnumType(DropEnumType op) {
            return new DropEnumType(enumType(op.enumType()));
        }

        @Override
        public Operation visitAlterEnumType(AlterEnumType op) {
            return new AlterEnumType(enumType(op.from()), enumType(op.to()));
        }

        @Override
        public Operation visitBulkInsert(BulkInsert op) {
            return new BulkInsert(name(op.table()), names(op.columns()), op.rows());
        }

        @Override
        public Operation visitDeleteRows(DeleteRows op) {
            return new DeleteRows(name(op.table()), names(op.columns()), op.rows());
        }

        @Override
        public Operation visitExecuteSql(ExecuteSql op) {
            return op;
        }

        @Override
        public Operation visitIrreversibleSql(IrreversibleSql op) {
            return op;
        }

        @Override
        public Operation visitIrreversible(Irreversible op) {
            return op;
        }
    }
}
