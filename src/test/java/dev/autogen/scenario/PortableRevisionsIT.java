package dev.autogen.scenario;

import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions that run on every supported database: portable names and types rendered by the database the
 * revision runs on, revisions written with SQL type strings kept working, and dialect-specific types refused
 * before anything runs.
 */
class PortableRevisionsIT {

    private static final String REVISION = """
            package migrations;

            import static dev.autogen.runtime.Ddl.*;
            import static dev.autogen.runtime.Types.*;

            import dev.autogen.runtime.Migration;
            import dev.autogen.runtime.Op;
            import dev.autogen.runtime.Revision;

            @Revision(id = "%s", parents = {%s}, message = "m"%s)
            public final class R_%s implements Migration {
                @Override
                public void upgrade(Op op) {
                    %s
                }

                @Override
                public void downgrade(Op op) {
                    %s
                }
            }
            """;

    static void revision(Cli cli, String id, String parent, boolean portable, String upgrade, String downgrade) {
        cli.write("migrations/R_" + id + ".java", REVISION.formatted(id, parent == null ? "" : "\"" + parent + "\"",
                portable ? ", portable = true" : "", id, upgrade, downgrade));
    }

    /** The name as the database's catalog keeps an unquoted name. */
    static String folded(TestDatabase db, String name) {
        return db.kind() == TestDatabase.Kind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    static Table table(TestDatabase db, String name) throws Exception {
        SchemaModel model = ScenarioIT.inspect(db);
        return model.tables().stream().filter(t -> t.name().name().equals(folded(db, name))).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tables().stream()
                        .map(Table::name).map(QualifiedName::toString).toList()));
    }

    static String type(TestDatabase db, Table table, String column) {
        return table.column(folded(db, column)).map(Column::type).orElseThrow();
    }

    /**
     * The sample's revisions generated on each of H2, PostgreSQL and MariaDB, applied on each of the three:
     * {@code check} finds no drift in any of the nine combinations.
     */
    @Test
    void theSampleGeneratedOnEachDatabaseRunsCleanOnEachDatabase(@TempDir Path root) throws Exception {
        Map<TestDatabase.Kind, Path> generated = new EnumMap<>(TestDatabase.Kind.class);
        Map<TestDatabase.Kind, Cli> projects = new EnumMap<>(TestDatabase.Kind.class);
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            Path project = Files.createDirectories(root.resolve(kind.name().toLowerCase(Locale.ROOT)));
            copy(Path.of("sample-entities/src/main/java"), project.resolve("src"));
            projects.put(kind, new Cli(project));
            try (TestDatabase db = TestDatabase.create(kind)) {
                Cli cli = projects.get(kind).configure(db, "com.example.shop");
                cli.expect(0, "revision", "--autogenerate", "-m", "shop");
                generated.put(kind, project.resolve("migrations"));
            }
            Path saved = root.resolve("generated-on-" + kind.name().toLowerCase(Locale.ROOT));
            copy(generated.get(kind), saved);
            generated.put(kind, saved);
            try (Stream<Path> files = Files.list(saved)) {
                for (Path f : files.toList()) {
                    System.out.println("=== generated on " + kind + "\n" + Files.readString(f));
                }
            }
        }
        List<String> failures = new ArrayList<>();
        for (TestDatabase.Kind from : TestDatabase.Kind.values()) {
            for (TestDatabase.Kind on : TestDatabase.Kind.values()) {
                Cli cli = projects.get(on);
                Path migrations = cli.dir().resolve("migrations");
                delete(migrations);
                copy(generated.get(from), migrations);
                try (TestDatabase db = TestDatabase.create(on)) {
                    cli.configure(db, "com.example.shop");
                    Cli.Result up = cli.run("upgrade", "head");
                    Cli.Result check = up.code() == 0 ? cli.run("check") : up;
                    if (check.code() != 0) {
                        failures.add("generated on " + from + ", applied on " + on + ": exit " + check.code()
                                + "\n" + check.out() + check.err());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void portableNamesAndTypesAreRenderedByTheDatabaseTheRevisionRunsOn(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(dir).configure(db, "app");
            revision(cli, "a1a1a1a1a1a1", null, true, """
                    op.createTable("shop_order",
                                    column("id", BIGINT).notNull().identity(),
                                    column("placed_at", timestampTz(6)).notNull(),
                                    column("status", enumOf(20, "NEW", "PAID")).notNull(),
                                    column("total", decimal(12, 2)).notNull(),
                                    column("paid", BOOL).notNull().defaultValue("false"),
                                    column("note", CLOB),
                                    primaryKey(null, "id"),
                                    unique("uk_shop_order_total", "total"));
                            op.createIndex("ix_shop_order_status", "shop_order", "status");""",
                    "op.dropTable(\"shop_order\");");
            cli.expect(0, "upgrade", "head");
            Table order = table(db, "shop_order");
            assertThat(order.uniqueConstraints()).extracting(u -> u.name())
                    .containsExactly(folded(db, "uk_shop_order_total"));
            assertThat(order.indexes()).extracting(i -> i.name()).contains(folded(db, "ix_shop_order_status"));
            switch (kind) {
                case POSTGRESQL -> {
                    assertThat(type(db, order, "placed_at")).isEqualTo("timestamptz(6)");
                    assertThat(type(db, order, "status")).isEqualTo("varchar(20)");
                    assertThat(order.checks()).hasSize(1);
                    assertThat(type(db, order, "note")).isEqualTo("text");
                    assertThat(type(db, order, "total")).isEqualTo("numeric(12,2)");
                }
                case MARIADB -> {
                    assertThat(type(db, order, "placed_at")).isEqualTo("datetime(6)");
                    assertThat(type(db, order, "status")).isEqualTo("enum('NEW','PAID')");
                    assertThat(type(db, order, "note")).isEqualTo("longtext");
                    assertThat(type(db, order, "paid")).isIn("bit(1)", "boolean");
                }
                case H2 -> {
                    assertThat(type(db, order, "placed_at")).isEqualToIgnoringCase("timestamp(6) with time zone");
                    assertThat(type(db, order, "status")).isEqualToIgnoringCase("enum('NEW','PAID')");
                    assertThat(type(db, order, "note")).isEqualToIgnoringCase("clob");
                }
            }
            cli.expect(0, "downgrade", "base");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void revisionsWrittenWithSqlTypeStringsKeepWorking(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(dir).configure(db, "app");
            // written before portable revisions: names exactly as the catalog keeps them, types as SQL strings
            String users = folded(db, "users");
            revision(cli, "b1b1b1b1b1b1", null, false, """
                    op.createTable("%s",
                                    column("%s", "bigint").notNull(),
                                    column("%s", "varchar(255)").notNull());
                            op.addColumn("%s", column("%s", "varchar(40)"));
                            op.alterColumn("%s", "%s").type("varchar(80)").existingType("varchar(40)");"""
                            .formatted(users, folded(db, "id"), folded(db, "email"), users, folded(db, "nick"),
                                    users, folded(db, "nick")),
                    "op.dropTable(\"" + users + "\");");
            cli.expect(0, "upgrade", "head");
            Table table = table(db, "users");
            assertThat(type(db, table, "email")).containsAnyOf("varchar(255)", "character varying(255)");
            assertThat(type(db, table, "nick")).containsAnyOf("varchar(80)", "character varying(80)");
            cli.expect(0, "downgrade", "base");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"MARIADB", "H2"})
    void aTypeOnlyPostgresqlHasStopsTheUpgradeBeforeAnythingRuns(TestDatabase.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(dir).configure(db, "app");
            revision(cli, "c1c1c1c1c1c1", null, true,
                    "op.createTable(\"first\", column(\"id\", BIGINT).notNull());", "op.dropTable(\"first\");");
            revision(cli, "c2c2c2c2c2c2", "c1c1c1c1c1c1", true,
                    "op.createTable(\"doc\", column(\"body\", postgresql(\"jsonb\")));", "op.dropTable(\"doc\");");
            Cli.Result result = cli.run("upgrade", "head");
            assertThat(result.code()).isNotZero();
            assertThat(result.err()).contains("doc.body").contains("jsonb").contains("postgresql")
                    .contains("nothing was run");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();
            assertThat(cli.expect(0, "current").out()).isEmpty();
        }
    }
}
