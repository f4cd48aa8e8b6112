package dev.autogen.codegen;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
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
import dev.autogen.compare.Risks;
import dev.autogen.dialect.Dialects;
import dev.autogen.operation.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.UUID;

/** The golden-file cases: one fixed {@link RevisionSpec} per change kind, named like its golden file. */
final class GoldenCases {
    static final String ID = "3f2a1c9b0d4e";
    static final String PARENT = "9e8d7c6b5a41";
    static final Instant CREATED = Instant.parse("2026-11-24T13:05:12Z");

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    private GoldenCases() {
    }

    static Map<String, RevisionSpec> all() {
        Map<String, RevisionSpec> cases = new LinkedHashMap<>();
        cases.put("create_table", spec("Create users", new CreateTable(users())));
        cases.put("drop_table", spec("Drop legacy audit", new DropTable(new Table(QualifiedName.of("legacy_audit"),
                List.of(new Column("id", "bigint", false, null, true, null), Column.of("payload", "text")),
                new PrimaryKey("legacy_audit_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(),
                null))));
        cases.put("add_column", spec("Add new_field to users",
                new AddColumn(USERS, Column.of("new_field", "varchar(255)"))));
        cases.put("drop_column", spec("Drop users.old_field",
                new DropColumn(USERS, new Column("old_field", "integer", false, "0", false, "kept for reports"))));
        cases.put("alter_column", spec("Tighten user columns",
                new AlterColumn(USERS, Column.of("name", "varchar(255)"),
                        new Column("name", "varchar(100)", false, null, false, null), null),
                new AlterColumn(USERS, new Column("age", "integer", false, null, false, null),
                        new Column("age", "bigint", false, null, false, null), "age::bigint"),
                new AlterColumn(USERS, new Column("status", "varchar(20)", true, "'new'", false, "lifecycle"),
                        new Column("status", "varchar(20)", true, "'active'", false, "user lifecycle"), null),
                new AlterColumn(USERS, new Column("id", "bigint", false, null, false, null),
                        new Column("id", "bigint", false, null, true, null), null),
                new AlterColumn(USERS, new Column("role", "varchar(20)", false, "'user'", false, "access"),
                        new Column("role", "varchar(20)", false, "'member'", false, "access"), null),
                new AlterColumn(USERS, new Column("score", "integer", true, null, false, null),
                        new Column("score", "integer", true, "0", false, null), null)));
        cases.put("may_fail", spec("Constrain existing rows",
                new CreateTable(Table.of(QualifiedName.of("tags"), List.of(new Column("id", "bigint", false, null,
                        false, null), new Column("user_id", "bigint", false, null, false, null)))),
                new AddColumn(USERS, new Column("tenant_id", "bigint", false, null, false, null)),
                new AddColumn(USERS, new Column("score", "integer", false, "0", false, null)),
                new AlterColumn(USERS, Column.of("email", "varchar(255)"),
                        new Column("email", "varchar(255)", false, null, false, null), null),
                new AddUniqueConstraint(USERS, new UniqueConstraint("uk_users_email", List.of("email"))),
                new CreateIndex(USERS, new Index("ux_users_tenant_email", List.of(IndexColumn.asc("tenant_id"),
                        IndexColumn.asc("email")), true, null), false),
                new AddCheckConstraint(USERS, new CheckConstraint("ck_users_score", "score >= 0")),
                new AddForeignKey(ORDERS, new ForeignKey("fk_orders_user", List.of("user_id"), USERS,
                        List.of("id"), ReferentialAction.NO_ACTION)),
                new AddForeignKey(QualifiedName.of("tags"), new ForeignKey("fk_tags_user", List.of("user_id"), USERS,
                        List.of("id"), ReferentialAction.NO_ACTION))));
        cases.put("primary_key_change", spec("Key users by tenant",
                new DropPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("id"))),
                new AddPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("tenant_id", "id")))));
        cases.put("foreign_keys", spec("Link orders to users",
                new DropForeignKey(ORDERS, new ForeignKey("fk_orders_customer", List.of("customer_id"),
                        QualifiedName.of("customers"), List.of("id"), ReferentialAction.SET_NULL)),
                new AddForeignKey(ORDERS, new ForeignKey("fk_orders_user", List.of("user_id"), USERS,
                        List.of("id"), ReferentialAction.CASCADE)),
                new AddForeignKey(ORDERS, new ForeignKey("fk_orders_tenant_user", List.of("tenant_id", "user_id"),
                        USERS, List.of("tenant_id", "id"), ReferentialAction.NO_ACTION))));
        cases.put("unique_constraint", spec("Unique emails",
                new DropUniqueConstraint(USERS, new UniqueConstraint("uk_users_login", List.of("login"))),
                new AddUniqueConstraint(USERS, new UniqueConstraint("uk_users_email", List.of("tenant_id", "email")))));
        cases.put("indexes", spec("Index users",
                new CreateIndex(USERS, new Index("ix_users_created", List.of(IndexColumn.asc("tenant_id"),
                        IndexColumn.desc("created_at")), false, null), false),
                new CreateIndex(USERS, new Index("ix_users_active_email", List.of(IndexColumn.asc("email")), true,
                        "deleted_at IS NULL"), false),
                new CreateIndex(USERS, new Index("ix_users_lower_email", List.of(
                        new IndexColumn("lower(email)", false, true), IndexColumn.asc("tenant_id"),
                        new IndexColumn("upper(name)", true, true)), false, null), true),
                new DropIndex(USERS, new Index("ix_users_name", List.of(IndexColumn.asc("name")), false, null),
                        false)));
        cases.put("check_constraint", spec("Check prices",
                new DropCheckConstraint(ORDERS, new CheckConstraint("ck_orders_total", "total >= 0")),
                new AddCheckConstraint(ORDERS, new CheckConstraint("ck_orders_total", "total > 0 AND total < 1000000"))));
        cases.put("sequences", spec("Sequences for ids",
                new CreateSequence(new Sequence(QualifiedName.of("order_seq"), 1000, 50)),
                new AlterSequence(new Sequence(QualifiedName.of("user_seq"), 1, 1),
                        new Sequence(QualifiedName.of("user_seq"), 1, 50)),
                new AlterSequence(new Sequence(QualifiedName.of("big_seq"), 5_000_000_000L, 1),
                        new Sequence(QualifiedName.of("big_seq"), 5_000_000_000L, 10)),
                new DropSequence(new Sequence(QualifiedName.of("legacy_seq"), 1, 1))));
        cases.put("enum_types", spec("Order status enum",
                new CreateEnumType(new EnumType(QualifiedName.of("order_status"), List.of("new", "paid", "shipped"))),
                new AlterEnumType(new EnumType(QualifiedName.of("mood"), List.of("sad", "ok")),
                        new EnumType(QualifiedName.of("mood"), List.of("sad", "ok", "happy"))),
                new DropEnumType(new EnumType(QualifiedName.of("legacy_kind"), List.of("a", "b")))));
        cases.put("table_comment", spec("Describe tables",
                new SetTableComment(USERS, null, "People who can log in"),
                new SetTableComment(ORDERS, "orders", "Orders placed by users")));
        cases.put("schema_qualified", spec("Sales schema",
                new CreateTable(Table.of(QualifiedName.of("sales", "invoices"), List.of(
                        new Column("id", "bigint", false, null, true, null), Column.of("user_id", "bigint")))
                        .withPrimaryKey(new PrimaryKey("invoices_pkey", List.of("id")))),
                new AddForeignKey(QualifiedName.of("sales", "invoices"), new ForeignKey("fk_invoices_user",
                        List.of("user_id"), USERS, List.of("id"), ReferentialAction.RESTRICT)),
                new CreateIndex(QualifiedName.of("sales", "invoices"), new Index("ix_invoices_user",
                        List.of(IndexColumn.asc("user_id")), false, null), false),
                new RenameTable(QualifiedName.of("sales", "bills"), "old_bills"),
                new CreateSequence(new Sequence(QualifiedName.of("sales", "invoice_no"), 1, 1))));
        cases.put("awkward_names", spec("Quote \"odd\" names: */ <b>bold</b> & @Entity \\u0041",
                new CreateTable(new Table(QualifiedName.of("My Schema", "Order Items"), List.of(
                        new Column("CustomerID", "integer", false, null, false, "the \"customer\" */ id"),
                        new Column("unit price", "numeric(10,2)", true, "'0.00'", false, null),
                        Column.of("path\\to", "text")),
                        new PrimaryKey("Order Items_pkey", List.of("CustomerID")),
                        List.of(), List.of(), List.of(), List.of(new CheckConstraint("ck \"price\"", "\"unit price\" >= 0")),
                        "items; see */ and <html>")),
                new RenameColumn(QualifiedName.of("My Schema", "Order Items"), "unit price", "UnitPrice")));
        cases.put("renames", spec("Rename people",
                new RenameTable(QualifiedName.of("people"), "persons"),
                new RenameColumn(QualifiedName.of("persons"), "fullname", "full_name"),
                new RenameIndex(QualifiedName.of("persons"), "IDXpeople", "IDXpersons"),
                new RenameUniqueConstraint(QualifiedName.of("persons"), "UKpeople", "UKpersons")));
        cases.put("data_migration", spec("Seed roles",
                new BulkInsert(QualifiedName.of("roles"), List.of("id", "name", "weight", "since", "ref", "active", "note"),
                        List.of(Arrays.asList(1, "admin", new BigDecimal("1.50"), LocalDate.parse("2026-01-01"),
                                        UUID.fromString("00000000-0000-0000-0000-000000000001"), true, null),
                                Arrays.asList(2L, "it's \"user\"", 2.5d, null, null, false, "x"))),
                new DeleteRows(QualifiedName.of("tags"), List.of("label"), List.of(Arrays.asList((Object) null),
                        List.of("obsolete"))),
                new ExecuteSql("UPDATE users SET status = 'active'\nWHERE status IS NULL",
                        "UPDATE users SET status = NULL WHERE status = 'active'"),
                new ExecuteSql("DELETE FROM sessions", null)));
        cases.put("empty_revision", RevisionSpec.empty(ID, List.of(PARENT), "Backfill user names", CREATED,
                "migrations"));
        cases.put("merge_revision", RevisionSpec.empty(ID, List.of(PARENT, "0a1b2c3d4e5f"), "Merge heads", CREATED,
                "migrations"));
        cases.put("root_branch", new RevisionSpec(ID, List.of(), "Start billing", CREATED, "com.example.db",
                List.of("billing"), List.of("5e5e5e5e5e5e"), new Plan(List.of(
                        new CreateEnumType(new EnumType(QualifiedName.of("currency"), List.of("EUR", "USD"))))),
                new Plan(List.of(new DropEnumType(new EnumType(QualifiedName.of("currency"), List.of("EUR", "USD"))))),
                risks(), List.of("UNVERIFIED: no scratch database was configured; review by hand.")));
        return cases;
    }

    static Table users() {
        return new Table(USERS, List.of(
                new Column("id", "bigint", false, null, true, null),
                new Column("email", "varchar(255)", false, null, false, null),
                new Column("status", "varchar(20)", false, "'active'", false, null),
                new Column("bio", "text", true, null, false, "free text shown on the profile")),
                new PrimaryKey("users_pkey", List.of("id")), List.of(),
                List.of(new UniqueConstraint("uk_users_email", List.of("email"))), List.of(),
                List.of(new CheckConstraint("ck_users_status", "status IN ('active', 'blocked')")),
                "People who can log in");
    }

    /** A revision with the given upgrade and its reverse as downgrade, as autogenerate makes them. */
    static RevisionSpec spec(String message, Operation... upgrade) {
        Plan plan = new Plan(List.of(upgrade));
        return new RevisionSpec(ID, List.of(PARENT), message, CREATED, "migrations", List.of(), List.of(), plan,
                plan.reverse(), risks(plan, plan.reverse()), List.of());
    }

    /** The comparator's risk rules, with PostgreSQL's types, for a revision whose plans are {@code plans}. */
    static Function<Operation, List<Risk>> risks(Plan... plans) {
        Risks risks = new Risks(Dialects.forUrl("jdbc:postgresql://localhost/x", null).types());
        Set<QualifiedName> created = Risks.createdTables(plans);
        return op -> risks.of(op, created);
    }
}
