package dev.autogen.runtime;

import dev.autogen.model.CheckConstraint;
import dev.autogen.dialect.DdlRenderer;
import dev.autogen.dialect.PortableTypes;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnType;
import dev.autogen.model.Deferral;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.ValidateConstraint;
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
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropEnumType;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.DropUniqueConstraint;
import dev.autogen.operation.ExecuteSql;
import dev.autogen.operation.IrreversibleSql;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.operation.RenameColumn;
import dev.autogen.operation.RenameIndex;
import dev.autogen.operation.RenameUniqueConstraint;
import dev.autogen.operation.RenameTable;
import dev.autogen.operation.SetTableComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The operations API revisions are written in, in the spirit of Alembic's {@code op}: each call records one
 * operation; nothing touches the database until autogen renders the recorded {@link Plan}. Tables are in the
 * default schema unless reached through {@link #schema(String)}: {@code op.schema("sales").dropTable("orders")}.
 * Calls that return a builder ({@link #alterColumn}, {@link #createIndex}, ...) are completed by chaining.
 *
 * <p>An {@code Op} recording for a database turns the revision's names and portable {@link Types} into that
 * database's: in a portable revision ({@code @Revision(portable = true)}) every name is folded as Hibernate folds
 * it there ({@code category} is {@code CATEGORY} on H2; {@code "\"Category\""} stays exact). Without a database
 * ({@link #Op()}) names stay as written and portable types take the SQL standard's spelling.
 */
public final class Op {
    private final String schema;
    private final List<Supplier<Operation>> recorded;
    private final Target target;
    /** The revision class whose source lines are recorded with each call, or {@code null} to record none. */
    private final Class<?> caller;
    /** For each recorded operation, the line of {@code caller}'s source that called {@code op} (0 when unknown). */
    private final List<Integer> lines;

    /** A recorder for no particular database: names as written, portable types in the SQL standard's spelling. */
    public Op() {
        this(null, new ArrayList<>(), Target.AS_WRITTEN, null, new ArrayList<>());
    }

    /**
     * A recorder for the database {@code renderer} renders for; {@code portableNames} folds names there; each call
     * also records the line of {@code caller}'s source it was made on.
     */
    public Op(DdlRenderer renderer, boolean portableNames, Class<?> caller) {
        this(null, new ArrayList<>(), Target.of(renderer, portableNames), caller, new ArrayList<>());
    }

    /** A recorder for the database {@code renderer} renders for; {@code portableNames} folds names there. */
    public Op(DdlRenderer renderer, boolean portableNames) {
        this(renderer, portableNames, null);
    }

    private Op(String schema, List<Supplier<Operation>> recorded, Target target, Class<?> caller, List<Integer> lines) {
        this.schema = schema;
        this.recorded = recorded;
        this.target = target;
        this.caller = caller;
        this.lines = lines;
    }

    /** The same recorder, for objects in {@code schemaName}. */
    public Op schema(String schemaName) {
        return new Op(schemaName, recorded, target, caller, lines);
    }

    /** How a revision's names and portable types become one database's. */
    interface Target {
        /** Names as written; portable types in the SQL standard's spelling. */
        Target AS_WRITTEN = new Target() {
            @Override
            public String name(String name) {
                return name;
            }

            @Override
            public String type(ColumnType type, String column) {
                return PortableTypes.standard(type);
            }

            @Override
            public String typeCheck(String column, ColumnType type) {
                return null;
            }
        };

        String name(String name);

        String type(ColumnType type, String column);

        String typeCheck(String column, ColumnType type);

        static Target of(DdlRenderer renderer, boolean portableNames) {
            return new Target() {
                @Override
                public String name(String name) {
                    return portableNames ? renderer.foldName(name) : name;
                }

                @Override
                public String type(ColumnType type, String column) {
                    return renderer.nativeType(type, column);
                }

                @Override
                public String typeCheck(String column, ColumnType type) {
                    return renderer.typeCheck(column, type);
                }
            };
        }
    }

    /** Everything recorded so far, in call order. */
    public Plan plan() {
        List<Operation> ops = new ArrayList<>(recorded.size());
        for (Supplier<Operation> s : recorded) {
            ops.add(s.get());
        }
        return new Plan(ops);
    }

    private QualifiedName name(String name) {
        return new QualifiedName(target.name(schema), target.name(name));
    }

    private String id(String name) {
        return target.name(name);
    }

    private List<String> ids(List<String> names) {
        return names.stream().map(target::name).toList();
    }

    /** The check a database without the column's type needs ({@code enumOf} on PostgreSQL), or {@code null}. */
    /**
     * The check a portable type needs on this database ({@code enumOf} on PostgreSQL), named as the default naming
     * convention names a column's check, {@code ck_<table>_<column>}, so a downgrade can drop it by name on every
     * database; or {@code null}.
     */
    private CheckConstraint typeCheck(String table, ColumnDef column) {
        if (column.portableType() == null) {
            return null;
        }
        String condition = target.typeCheck(id(column.name()), column.portableType());
        if (condition == null) {
            return null;
        }
        String bare = table.substring(table.lastIndexOf('.') + 1);
        return new CheckConstraint(id(conventionalName("ck_" + bare + "_" + column.name())), condition);
    }

    /** {@code name} without the quotes of its parts, quoted as a whole when a part was; at most 63 characters. */
    private static String conventionalName(String name) {
        boolean quoted = name.indexOf('"') >= 0 || name.indexOf('`') >= 0;
        String bare = dev.autogen.model.ConstraintNames.shorten(name.replace("\"", "").replace("`", ""));
        return quoted ? "\"" + bare + "\"" : bare;
    }

    private void record(Operation operation) {
        add(() -> operation);
    }

    private void add(Supplier<Operation> operation) {
        recorded.add(operation);
        lines.add(caller == null ? 0 : SourceLines.of(caller));
    }

    /** For each operation of {@link #plan()}, the line of the revision's source whose call recorded it (0: unknown). */
    public List<Integer> lines() {
        return List.copyOf(lines);
    }

    // ---- tables ----

    public void createTable(String table, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        String comment = null;
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c) {
                columns.add(c.toColumn(target, table));
                CheckConstraint check = typeCheck(table, c);
                if (check != null) {
                    checks.add(check);
                }
            } else if (e instanceof Ddl.PrimaryKeyElement p) {
                pk = new PrimaryKey(id(p.primaryKey().name()), ids(p.primaryKey().columns()));
            } else if (e instanceof Ddl.UniqueElement u) {
                uniques.add(new UniqueConstraint(id(u.constraint().name()), ids(u.constraint().columns())));
            } else if (e instanceof Ddl.CheckElement c) {
                checks.add(new CheckConstraint(id(c.constraint().name()), c.constraint().expression()));
            } else if (e instanceof Ddl.CommentElement c) {
                comment = c.text();
            }
        }
        record(new CreateTable(new Table(name(table), columns, pk, List.of(), uniques, List.of(), checks, comment)));
    }

    public void dropTable(String table) {
        record(new DropTable(Table.of(name(table), List.of())));
    }

    public void renameTable(String from, String to) {
        record(new RenameTable(name(from), id(to)));
    }

    public TableCommentDef setTableComment(String table, String comment) {
        TableCommentDef def = new TableCommentDef(comment);
        add(() -> new SetTableComment(name(table), def.existing, def.comment));
        return def;
    }

    // ---- columns ----

    public void addColumn(String table, ColumnDef column) {
        record(new AddColumn(name(table), column.toColumn(target, table)));
        CheckConstraint check = typeCheck(table, column);
        if (check != null) {
            record(new AddCheckConstraint(name(table), check));
        }
    }

    public void dropColumn(String table, String column) {
        record(new DropColumn(name(table), Column.of(id(column), null)));
    }

    /** Renames unique constraint {@code from} of {@code table} to {@code to}. */
    public void renameUniqueConstraint(String table, String from, String to) {
        record(new RenameUniqueConstraint(name(table), id(from), id(to)));
    }

    /** Renames index {@code from} of {@code table} to {@code to}. */
    public void renameIndex(String table, String from, String to) {
        record(new RenameIndex(name(table), id(from), id(to)));
    }

    public void renameColumn(String table, String from, String to) {
        record(new RenameColumn(name(table), id(from), id(to)));
    }

    /** Changes a column; chain {@code .type(..)}, {@code .nullable(..)}, {@code .defaultValue(..)}, and the {@code existing...} values. */
    public AlterColumnDef alterColumn(String table, String column) {
        AlterColumnDef def = new AlterColumnDef(id(column), table, target);
        add(() -> new AlterColumn(name(table), def.from(), def.to(), def.using));
        return def;
    }

    // ---- keys and constraints ----

    public void createPrimaryKey(String name, String table, String... columns) {
        record(new AddPrimaryKey(name(table), new PrimaryKey(id(name), ids(List.of(columns)))));
    }

    public void dropPrimaryKey(String name, String table) {
        record(new DropPrimaryKey(name(table), new PrimaryKey(id(name), List.of())));
    }

    public ForeignKeyDef createForeignKey(String name, String table, String column, String targetTable,
                                          String targetColumn) {
        return createForeignKey(name, table, List.of(column), targetTable, List.of(targetColumn));
    }

    public ForeignKeyDef createForeignKey(String name, String table, List<String> columns, String targetTable,
                                          List<String> targetColumns) {
        ForeignKeyDef def = new ForeignKeyDef(schema);
        add(() -> new AddForeignKey(name(table), new ForeignKey(id(name), ids(columns),
                new QualifiedName(id(def.targetSchema), id(targetTable)), ids(targetColumns), def.onDelete,
                def.onUpdate, def.deferral), def.notValid));
        return def;
    }

    public void dropForeignKey(String name, String table) {
        record(new DropForeignKey(name(table), new ForeignKey(id(name), List.of(), name(table), List.of(), null)));
    }

    public UniqueDef createUniqueConstraint(String name, String table, String... columns) {
        UniqueDef def = new UniqueDef();
        UniqueConstraint unique = new UniqueConstraint(id(name), ids(List.of(columns)));
        QualifiedName on = name(table);
        add(() -> new AddUniqueConstraint(on, unique, def.concurrently));
        return def;
    }

    public void dropUniqueConstraint(String name, String table) {
        record(new DropUniqueConstraint(name(table), new UniqueConstraint(id(name), List.of())));
    }

    /** Adds a check constraint; chain {@code .notValid()} not to check the rows already there (PostgreSQL). */
    public CheckDef createCheckConstraint(String name, String table, String condition) {
        CheckDef def = new CheckDef();
        add(() -> new AddCheckConstraint(name(table), new CheckConstraint(id(name), condition), def.notValid));
        return def;
    }

    /**
     * Checks the rows already there against a constraint added {@code .notValid()} (PostgreSQL's
     * {@code VALIDATE CONSTRAINT}, in a transaction after the one that added it).
     */
    public void validateConstraint(String name, String table) {
        record(new ValidateConstraint(name(table), id(name)));
    }

    public void dropCheckConstraint(String name, String table) {
        record(new DropCheckConstraint(name(table), new CheckConstraint(id(name), "")));
    }

    // ---- indexes ----

    /** Creates an index on plain columns (ascending); chain {@code .unique()}, {@code .desc(col)}, {@code .where(..)}, {@code .concurrently()}. */
    public IndexDef createIndex(String name, String table, String... columns) {
        IndexDef def = new IndexDef(id(name), columns, target);
        add(() -> new CreateIndex(name(table), def.toIndex(), def.concurrently));
        return def;
    }

    public IndexDef dropIndex(String name, String table) {
        IndexDef def = new IndexDef(id(name), new String[0], target);
        add(() -> new DropIndex(name(table), def.toIndex(), def.concurrently));
        return def;
    }

    // ---- sequences and enum types ----

    public SequenceDef createSequence(String name) {
        SequenceDef def = new SequenceDef();
        add(() -> new CreateSequence(new Sequence(name(name), def.startWith, def.incrementBy, def.cache)));
        return def;
    }

    public void dropSequence(String name) {
        record(new DropSequence(new Sequence(name(name), 1, 1)));
    }

    /**
     * Changes a sequence's increment from {@code existingIncrementBy} to {@code incrementBy}; chain
     * {@code .existingStartWith(..)} (and {@code .startWith(..)} to change it) when the start value is not 1.
     */
    public AlterSequenceDef alterSequence(String name, long existingIncrementBy, long incrementBy) {
        AlterSequenceDef def = new AlterSequenceDef();
        add(() -> new AlterSequence(
                new Sequence(name(name), def.existingStartWith, existingIncrementBy, def.existingCache),
                new Sequence(name(name), def.startWith != null ? def.startWith : def.existingStartWith, incrementBy,
                        def.cacheChanged ? def.cache : def.existingCache)));
        return def;
    }

    public void createEnumType(String name, String... values) {
        record(new CreateEnumType(new EnumType(name(name), List.of(values))));
    }

    public void dropEnumType(String name) {
        record(new DropEnumType(new EnumType(name(name), List.of())));
    }

    public void alterEnumType(String name, List<String> existingValues, List<String> values) {
        record(new AlterEnumType(new EnumType(name(name), existingValues), new EnumType(name(name), values)));
    }

    // ---- data and raw SQL ----

    /** Runs hand-written SQL as it is. */
    public void execute(String sql) {
        record(new ExecuteSql(sql, null));
    }

    /**
     * Inserts seed rows given as value lists in {@code columns} order; values may be {@code null}:
     * {@code op.bulkInsert("roles", List.of("id", "name"), List.of(row(1, "admin"), row(2, "user")))}.
     */
    public void bulkInsert(String table, List<String> columns, List<List<Object>> rows) {
        record(new BulkInsert(name(table), ids(columns), rows));
    }

    /** Deletes the rows whose {@code columns} equal the given values; the reverse of {@link #bulkInsert}. */
    public void deleteRows(String table, List<String> columns, List<List<Object>> rows) {
        record(new DeleteRows(name(table), ids(columns), rows));
    }

    /**
     * Marks the place of SQL that has no known reverse (the downgrade of an {@link #execute} without one).
     * Recording it is allowed; rendering it fails, so a downgrade through it stops before touching the database.
     */
    public void irreversible(String originalSql) {
        record(new IrreversibleSql(originalSql));
    }

    /** Inserts seed rows; each map is one row (column to value), columns in name order. */
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        TreeSet<String> columns = new TreeSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        List<String> cols = List.copyOf(columns);
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<Object> row = new ArrayList<>();
            for (String c : cols) {
                row.add(r.get(c));
            }
            values.add(row);
        }
        record(new BulkInsert(name(table), ids(cols), values));
    }

    // ---- builders ----

    /** Completes {@link #alterColumn}: the new values, and the existing ones so the change can be reversed and rendered. */
    public static final class AlterColumnDef {
        private final String column;
        private final String table;
        private final Target target;
        private String type;
        private String existingType;
        private ColumnType portableType;
        private ColumnType existingPortableType;
        private Boolean nullable;
        private boolean existingNullable = true;
        private String defaultValue;
        private boolean defaultChanged;
        private String existingDefault;
        private Boolean identity;
        private boolean existingIdentity;
        private String comment;
        private boolean commentChanged;
        private String existingComment;
        private String using;
        private String collation;
        private boolean collationChanged;
        private String existingCollation;
        private String existingGenerated;

        AlterColumnDef(String column, String table, Target target) {
            this.column = column;
            this.table = table;
            this.target = target;
        }

        /** The new type as this database spells it (revisions written before {@link Types}). */
        public AlterColumnDef type(String newType) {
            this.type = newType;
            return this;
        }

        public AlterColumnDef existingType(String oldType) {
            this.existingType = oldType;
            return this;
        }

        /** The new portable type. */
        public AlterColumnDef type(ColumnType newType) {
            this.portableType = newType;
            return this;
        }

        public AlterColumnDef existingType(ColumnType oldType) {
            this.existingPortableType = oldType;
            return this;
        }

        private String newType() {
            return portableType != null ? target.type(portableType, table + "." + column) : type;
        }

        private String oldType() {
            return existingPortableType != null ? target.type(existingPortableType, table + "." + column) : existingType;
        }

        /** An expression converting the old values ({@code USING} on PostgreSQL). */
        public AlterColumnDef using(String expression) {
            this.using = expression;
            return this;
        }

        public AlterColumnDef nullable(boolean value) {
            this.nullable = value;
            return this;
        }

        public AlterColumnDef existingNullable(boolean value) {
            this.existingNullable = value;
            return this;
        }

        /** The new default as an SQL expression; {@code null} drops the default. */
        public AlterColumnDef defaultValue(String sqlExpression) {
            this.defaultValue = sqlExpression;
            this.defaultChanged = true;
            return this;
        }

        public AlterColumnDef existingDefault(String sqlExpression) {
            this.existingDefault = sqlExpression;
            return this;
        }

        public AlterColumnDef identity(boolean value) {
            this.identity = value;
            return this;
        }

        public AlterColumnDef existingIdentity(boolean value) {
            this.existingIdentity = value;
            return this;
        }

        /** The new comment; {@code null} removes it. */
        public AlterColumnDef comment(String text) {
            this.comment = text;
            this.commentChanged = true;
            return this;
        }

        public AlterColumnDef existingComment(String text) {
            this.existingComment = text;
            return this;
        }

        /** The new collation; {@code null} means the database's default. */
        public AlterColumnDef collation(String name) {
            this.collation = name;
            this.collationChanged = true;
            return this;
        }

        public AlterColumnDef existingCollation(String name) {
            this.existingCollation = name;
            return this;
        }

        /** The column is generated from this expression, and stays so. */
        public AlterColumnDef existingGenerated(String expression) {
            this.existingGenerated = expression;
            return this;
        }

        Column from() {
            return new Column(column, oldType(), existingNullable, existingDefault, existingIdentity, existingComment,
                    existingGenerated, existingCollation);
        }

        Column to() {
            String newType = newType();
            return new Column(column, newType != null ? newType : oldType(),
                    nullable != null ? nullable : existingNullable,
                    defaultChanged ? defaultValue : existingDefault,
                    identity != null ? identity : existingIdentity,
                    commentChanged ? comment : existingComment, existingGenerated,
                    collationChanged ? collation : existingCollation);
        }
    }

    /** Completes {@link #createIndex}. */
    public static final class IndexDef {
        private final String name;
        private final Target target;
        private final List<IndexColumn> keys = new ArrayList<>();
        private boolean unique;
        private String where;
        private boolean concurrently;
        private String method;
        private final List<String> include = new ArrayList<>();
        private String definition;

        IndexDef(String name, String[] columns, Target target) {
            this.name = name;
            this.target = target;
            for (String c : columns) {
                keys.add(IndexColumn.asc(target.name(c)));
            }
        }

        public IndexDef unique() {
            this.unique = true;
            return this;
        }

        /** Marks an already listed column (or, failing that, an expression key with this text) as descending. */
        public IndexDef desc(String column) {
            for (boolean expression : new boolean[] {false, true}) {
                String key0 = expression ? column : target.name(column);
                for (int i = 0; i < keys.size(); i++) {
                    IndexColumn key = keys.get(i);
                    if (key.name().equals(key0) && key.expression() == expression) {
                        keys.set(i, new IndexColumn(key0, true, expression, key.opclass()));
                        return this;
                    }
                }
            }
            throw new IllegalArgumentException("index " + name + " has no column " + column + " to mark descending");
        }

        /** Adds a plain column key after the keys given so far, for indexes that mix columns and expressions. */
        public IndexDef column(String column) {
            keys.add(IndexColumn.asc(target.name(column)));
            return this;
        }

        /** Adds an expression key, e.g. {@code lower(email)}. */
        public IndexDef expression(String sql) {
            keys.add(new IndexColumn(sql, false, true));
            return this;
        }

        /** Gives a key (a listed column, or an expression key with this text) a non-default operator class. */
        public IndexDef opclass(String key, String opclass) {
            for (int i = 0; i < keys.size(); i++) {
                IndexColumn k = keys.get(i);
                if (k.name().equals(k.expression() ? key : target.name(key))) {
                    keys.set(i, new IndexColumn(k.name(), k.descending(), k.expression(), opclass));
                    return this;
                }
            }
            throw new IllegalArgumentException("index " + name + " has no key " + key + " to give operator class " + opclass);
        }

        /** The access method ({@code gin}, {@code gist}, {@code brin}, {@code hash}); btree when not called. */
        public IndexDef using(String accessMethod) {
            this.method = accessMethod;
            return this;
        }

        /** Non-key columns stored in the index (PostgreSQL {@code INCLUDE}). */
        public IndexDef include(String... columns) {
            for (String c : columns) {
                include.add(target.name(c));
            }
            return this;
        }

        /**
         * The index as the database stated it when autogen read it, from {@code USING} on; when set, the index is
         * created with exactly this text (the keys and options above only describe it).
         */
        public IndexDef definition(String text) {
            this.definition = text;
            return this;
        }

        /** Makes a partial index. */
        public IndexDef where(String predicate) {
            this.where = predicate;
            return this;
        }

        /** Builds (or drops) the index without blocking writes where the database can; runs outside a transaction. */
        public IndexDef concurrently() {
            this.concurrently = true;
            return this;
        }

        Index toIndex() {
            return new Index(name, keys, unique, where, method, include, definition);
        }
    }

    /** Completes {@link #createForeignKey}. */
    public static final class ForeignKeyDef {
        private String targetSchema;
        private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        private Deferral deferral = Deferral.NOT_DEFERRABLE;
        private boolean notValid;

        ForeignKeyDef(String schema) {
            this.targetSchema = schema;
        }

        public ForeignKeyDef onDelete(ReferentialAction action) {
            this.onDelete = action;
            return this;
        }

        /** What happens when the referenced key is updated. */
        public ForeignKeyDef onUpdate(ReferentialAction action) {
            this.onUpdate = action;
            return this;
        }

        /** Makes the constraint deferrable (PostgreSQL). */
        public ForeignKeyDef deferrable(Deferral when) {
            this.deferral = when;
            return this;
        }

        /**
         * Adds the key without checking the rows already there (PostgreSQL's {@code NOT VALID}); follow it with
         * {@link Op#validateConstraint}.
         */
        public ForeignKeyDef notValid() {
            this.notValid = true;
            return this;
        }

        /** The referenced table's schema, when it differs from the constrained table's. */
        public ForeignKeyDef targetSchema(String schemaName) {
            this.targetSchema = schemaName;
            return this;
        }
    }

    /** Completes {@link #createCheckConstraint}. */
    public static final class CheckDef {
        private boolean notValid;

        CheckDef() {
        }

        /**
         * Adds the check without checking the rows already there (PostgreSQL's {@code NOT VALID}); follow it with
         * {@link Op#validateConstraint}.
         */
        public CheckDef notValid() {
            this.notValid = true;
            return this;
        }
    }

    /** Completes {@link #createUniqueConstraint}. */
    public static final class UniqueDef {
        private boolean concurrently;

        UniqueDef() {
        }

        /**
         * Builds the constraint's index without blocking writes, then adds the constraint from it (PostgreSQL's
         * {@code CREATE UNIQUE INDEX CONCURRENTLY}, then {@code ADD CONSTRAINT ... UNIQUE USING INDEX}).
         */
        public UniqueDef concurrently() {
            this.concurrently = true;
            return this;
        }
    }

    /** Completes {@link #createSequence}. */
    public static final class SequenceDef {
        private long startWith = 1;
        private long incrementBy = 1;
        private Long cache;

        public SequenceDef startWith(long value) {
            this.startWith = value;
            return this;
        }

        public SequenceDef incrementBy(long value) {
            this.incrementBy = value;
            return this;
        }

        /** How many values the server caches; 0 for none ({@code NOCACHE}). Unset: the database's default. */
        public SequenceDef cache(long value) {
            this.cache = value;
            return this;
        }
    }

    /** Completes {@link #alterSequence}: the start value, which is 1 unless given. */
    public static final class AlterSequenceDef {
        private long existingStartWith = 1;
        private Long startWith;
        private Long existingCache;
        private Long cache;
        private boolean cacheChanged;

        /** The sequence's current start value; kept unless {@link #startWith} changes it. */
        public AlterSequenceDef existingStartWith(long value) {
            this.existingStartWith = value;
            return this;
        }

        public AlterSequenceDef startWith(long value) {
            this.startWith = value;
            return this;
        }

        /** The sequence's current cache (0 for none); unset means the database's default. */
        public AlterSequenceDef existingCache(long value) {
            this.existingCache = value;
            return this;
        }

        /** The new cache (0 for none). */
        public AlterSequenceDef cache(long value) {
            this.cache = value;
            this.cacheChanged = true;
            return this;
        }
    }

    /** Completes {@link #setTableComment}. */
    public static final class TableCommentDef {
        private final String comment;
        private String existing;

        TableCommentDef(String comment) {
            this.comment = comment;
        }

        public TableCommentDef existingComment(String text) {
            this.existing = text;
            return this;
        }
    }
}
