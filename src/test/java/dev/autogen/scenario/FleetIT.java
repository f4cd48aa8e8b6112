package dev.autogen.scenario;

import dev.autogen.dialect.MigrationLock;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.Cli;
import dev.autogen.testing.MiniJson;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Fleets through the CLI: many schemas of one database, many databases, on PostgreSQL and MariaDB. */
class FleetIT {
    private static final String QUERY = "tenants = query: SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tn\\\\_%' ORDER BY 1\n";

    /** Three revisions: a table, a column, rows. */
    private static Cli withRevisions(Cli cli) {
        cli.write("migrations/Rf1f1f1f1f1f1.java", KilledProcessIT.revision("f1f1f1f1f1f1", null, "create item",
                "op.execute(\"CREATE TABLE item (id int PRIMARY KEY, name varchar(40))\");",
                "op.execute(\"DROP TABLE item\");"));
        cli.write("migrations/Rf2f2f2f2f2f2.java", KilledProcessIT.revision("f2f2f2f2f2f2", "f1f1f1f1f1f1", "add note",
                "op.execute(\"ALTER TABLE item ADD COLUMN note varchar(40)\");",
                "op.execute(\"ALTER TABLE item DROP COLUMN note\");"));
        cli.write("migrations/Rf3f3f3f3f3f3.java", KilledProcessIT.revision("f3f3f3f3f3f3", "f2f2f2f2f2f2", "seed",
                "op.execute(\"INSERT INTO item (id, name) VALUES (1, 'one')\");",
                "op.execute(\"DELETE FROM item WHERE id = 1\");"));
        return cli;
    }

    private static Cli project(TestDatabase db, Path dir, String extra) throws Exception {
        Cli cli = withRevisions(new Cli(dir).configure(db, "none"));
        Files.writeString(dir.resolve("autogen.properties"), Files.readString(dir.resolve("autogen.properties")) + extra);
        return cli;
    }

    private static int applied(Connection c, String schema) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM " + schema + ".autogen_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void twoHundredSchemasReachHeadAndAFailedTenantIsReportedThenResumed(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 200; i++) {
                s.execute(String.format("CREATE SCHEMA tn_%03d", i));
            }
            s.execute("CREATE TABLE tn_042.item (id int)"); // made by hand: the first revision fails there
            Cli cli = project(db, dir, QUERY);

            Cli.Result failed = cli.run("upgrade", "head", "--all-tenants", "--parallel", "4");
            assertThat(failed.code()).as(failed.out() + failed.err()).isEqualTo(7);
            assertThat(failed.out()).containsPattern("tn_042\\s+base\\s+base\\s+\\d+ ms\\s+failed")
                    .containsPattern("tn_041\\s+base\\s+f3f3f3f3f3f3\\s+\\d+ ms\\s+ok");
            assertThat(failed.err()).contains("199 of 200 tenants succeeded, 1 failed; rerun the same command");
            for (int i = 0; i < 200; i++) {
                if (i != 42) {
                    assertThat(applied(c, String.format("tn_%03d", i))).isEqualTo(3);
                }
            }
            assertThat(applied(c, "tn_042")).isZero();

            s.execute("DROP TABLE tn_042.item");
            Map<String, Object> json = MiniJson.object(cli.expect(0, "upgrade", "head", "--all-tenants", "--format", "json").out());
            assertThat(json).containsEntry("ok", true);
            List<?> tenants = (List<?>) json.get("tenants");
            assertThat(tenants).hasSize(200);
            assertThat(tenants.stream().map(MiniJson::map).filter(t -> !"0 applied".equals(t.get("detail"))))
                    .as("only the failed tenant had work left").singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("tenant", "tn_042").containsEntry("detail", "3 applied"));
            assertThat(applied(c, "tn_042")).isEqualTo(3);

            Cli.Result current = cli.expect(0, "current", "--tenant", "tn_007");
            assertThat(current.out()).containsPattern("tn_007\\s+f3f3f3f3f3f3\\s+f3f3f3f3f3f3");
        }
    }

    @Test
    void concurrentFleetRunsApplyEachRevisionOncePerTenantAndOneTenantsLockNeverBlocksAnother(@TempDir Path dir)
            throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 30; i++) {
                s.execute(String.format("CREATE SCHEMA tn_%03d", i));
            }
            Cli cli = project(db, dir, QUERY + "lock_timeout = 1s\n");
            // another process migrates tn_005 and holds its lock
            MigrationLock held = new PostgresDialect().lock(c, "tn_005.autogen_version", Duration.ofSeconds(5));
            long start = System.nanoTime();
            Cli.Result blocked = cli.run("upgrade", "head", "--all-tenants");
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(blocked.code()).as(blocked.out() + blocked.err()).isEqualTo(8);
            assertThat(blocked.out()).containsPattern("tn_005\\s+base\\s+base\\s+\\d+ ms\\s+failed")
                    .containsPattern("tn_006\\s+base\\s+f3f3f3f3f3f3\\s+\\d+ ms\\s+ok");
            assertThat(tookMs).as("only tn_005 waited for its lock").isLessThan(30_000);
            held.close();

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Cli.Result>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> new Cli(dir).run("upgrade", "head", "--all-tenants", "--parallel", "3")));
                }
                for (Future<Cli.Result> run : runs) {
                    Cli.Result r = run.get();
                    assertThat(r.code()).as(r.out() + r.err()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < 30; i++) {
                String schema = String.format("tn_%03d", i);
                assertThat(applied(c, schema)).isEqualTo(3);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".item")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the seed revision ran once in " + schema).isEqualTo(1);
                }
            }
        }
    }

    /** A tenant schema with capitals is that schema, not its lower-case namesake (the search path was folded). */
    @Test
    void aTenantSchemaIsNamedExactly(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA \"TenantB\"");
            s.execute("CREATE SCHEMA tenantb");
            Cli cli = project(db, dir, "");
            cli.expect(0, "upgrade", "head", "--tenant", "TenantB");
            assertThat(applied(c, "\"TenantB\"")).isEqualTo(3);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'tenantb'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("nothing in the lower-case namesake").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"TenantB\".item")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** A URL the tenant database cannot be named in is refused without repeating it: it may hold a password. */
    @Test
    void aTenantErrorNeverRepeatsTheUrl() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new dev.autogen.dialect.mariadb.MariaDbDialect()
                        .urlForSchema("jdbc:mariadb:sequential://h1,h2/app?user=u&password=hunter2", "t1"))
                .isInstanceOf(dev.autogen.error.AutogenException.class).hasMessageContaining("t1")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void twentyDatabasesFromAFileOfUrls(@TempDir Path dir) throws Exception {
        List<TestDatabase> dbs = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                dbs.add(TestDatabase.postgres());
            }
            Cli cli = project(dbs.get(0), dir, "");
            Files.write(dir.resolve("tenants.txt"), dbs.stream().map(TestDatabase::url).toList());
            Cli.Result r = cli.expect(0, "upgrade", "head", "--tenants-from", "tenants.txt");
            assertThat(r.err()).contains("20 of 20 tenants succeeded");
            for (TestDatabase db : dbs) {
                try (Connection c = db.connect()) {
                    assertThat(applied(c, "public")).isEqualTo(3);
                }
            }
            cli.expect(0, "downgrade", "base", "--tenants-from", "tenants.txt");
            try (Connection c = dbs.get(7).connect()) {
                assertThat(applied(c, "public")).isZero();
            }
        } finally {
            for (TestDatabase db : dbs) {
                db.close();
            }
        }
    }

    @Test
    void mariaDbTenantsAreDatabasesCreatedOnTheFirstUpgrade(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            String suffix = Long.toHexString(System.nanoTime());
            List<String> names = List.of("agt1_" + suffix, "agt2_" + suffix, "agt3_" + suffix);
            Cli cli = project(db, dir, "tenants = " + String.join(", ", names) + "\n");
            try {
                Cli.Result r = cli.expect(0, "upgrade", "head", "--all-tenants");
                assertThat(r.err()).contains("3 of 3 tenants succeeded");
                try (Connection c = db.connect()) {
                    for (String name : names) {
                        assertThat(applied(c, name)).isEqualTo(3);
                    }
                }
                // the entities the revisions build: every tenant matches them, until one is changed by hand
                cli.write("autogen.properties", Files.readString(dir.resolve("autogen.properties"))
                        .replace("packages=none", "packages=fleet"));
                cli.write("src/fleet/Item.java", """
                        package fleet;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "item")
                        public class Item {
                            @Id Integer id;
                            @Column(length = 40) String name;
                            @Column(length = 40) String note;
                        }
                        """);
                cli.expect(0, "check", "--all-tenants");
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE " + names.get(1) + ".item ADD COLUMN extra int");
                }
                Cli.Result check = cli.expect(1, "check", "--all-tenants");
                assertThat(check.out()).containsPattern(names.get(1) + "\\s+\\S+\\s+\\S+\\s+\\d+ ms\\s+differs")
                        .containsPattern(names.get(0) + "\\s+\\S+\\s+\\S+\\s+\\d+ ms\\s+ok");
                assertThat(check.err()).contains("drop column item.extra");

                // -m compares the entities with the reference tenant, not with the database the URL names
                cli.write("autogen.properties", Files.readString(dir.resolve("autogen.properties"))
                        + "reference_tenant = " + names.get(0) + "\n");
                cli.write("src/fleet/Item.java", Files.readString(dir.resolve("src/fleet/Item.java"))
                        .replace("String note;", "String note;\n    @Column(length = 10) String code;"));
                List<Path> before = Scenarios.revisions(dir.resolve("migrations"));
                Cli.Result generated = cli.expect(0, "-m", "add code");
                assertThat(generated.err()).contains("reference tenant " + names.get(0));
                String revision = Files.readString(Scenarios.added(dir.resolve("migrations"), before));
                assertThat(revision).contains("op.addColumn(\"item\"").doesNotContain("createTable");
                Cli.Result up = cli.expect(0, "upgrade", "head", "--all-tenants");
                assertThat(up.err()).as("the tenant changed by hand still upgrades").contains("3 of 3 tenants succeeded")
                        .doesNotContain("failed");

                // an unreachable tenant listed first fails on its own; the others still run (it stopped the fleet)
                Files.write(dir.resolve("tenants.txt"), List.of("jdbc:mariadb://127.0.0.1:1/gone?user=root&connectTimeout=2000",
                        db.url().replaceFirst("/[^/?]+(\\?|$)", "/" + names.get(0) + "$1")));
                Cli.Result partly = cli.run("check", "--tenants-from", "tenants.txt");
                assertThat(partly.code()).as(partly.out() + partly.err()).isEqualTo(4);
                assertThat(partly.out()).contains("gone").containsPattern("\\s+failed")
                        .containsPattern(names.get(0) + "\\S*\\s+\\S+\\s+\\S+\\s+\\d+ ms\\s+ok");
                assertThat(partly.err()).contains("1 of 2 tenants succeeded, 1 failed");
            } finally {
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    for (String name : names) {
                        s.execute("DROP DATABASE IF EXISTS " + name);
                    }
                }
            }
        }
    }
}
