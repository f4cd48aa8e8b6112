package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting a database that autogen did not create: a baseline revision built from its catalog, recorded as
 * applied without being run; the entity differences as the second revision; both rebuild an equal catalog on an
 * empty database. And a stamp into a database that does not match the stamped revision warns.
 */
class AdoptionIT {
    static final String CUSTOMER = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customer", uniqueConstraints = @UniqueConstraint(name = "customer_email_key", columnNames = "email"))
            public class Customer {
                @Id Long id;
                @Column(nullable = false, length = 200) String email;
                @Column(length = 100) String name;
                @Column(length = 40) String phone;
            }
            """;
    static final String INVOICE = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "invoice", indexes = @Index(name = "invoice_customer_idx", columnList = "customer_id"))
            public class Invoice {
                @Id Long id;
                @ManyToOne(optional = false) @JoinColumn(name = "customer_id") Customer customer;
                @Column(nullable = false, precision = 12, scale = 2) java.math.BigDecimal total;
            }
            """;

    @TempDir
    Path project;

    @Test
    void baselineOfAHandMadePostgresDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); TestDatabase fresh = TestDatabase.postgres();
             TestDatabase other = TestDatabase.postgres()) {
            db.execute("CREATE TYPE mood AS ENUM ('HAPPY', 'SAD')",
                    "CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 10",
                    "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(200) NOT NULL, name varchar(100),"
                            + " mood mood DEFAULT 'HAPPY', CONSTRAINT customer_email_key UNIQUE (email))",
                    "COMMENT ON TABLE customer IS 'who buys'",
                    "COMMENT ON COLUMN customer.email IS 'login'",
                    "CREATE TABLE invoice (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id),"
                            + " total numeric(12,2) NOT NULL, CONSTRAINT invoice_total_check CHECK (total >= 0))",
                    "CREATE INDEX invoice_customer_idx ON invoice (customer_id)",
                    "CREATE INDEX customer_sad_idx ON customer (name) WHERE mood = 'SAD'",
                    "CREATE INDEX customer_email_hash ON customer USING hash (email)",
                    "INSERT INTO customer (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            adopt(db, fresh, other);
        }
    }

    @Test
    void baselineOfAHandMadeMariaDbDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); TestDatabase fresh = TestDatabase.mariadb();
             TestDatabase other = TestDatabase.mariadb()) {
            db.execute("CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 10",
                    "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(200) NOT NULL COMMENT 'login',"
                            + " name varchar(100), mood enum('HAPPY','SAD') DEFAULT 'HAPPY',"
                            + " CONSTRAINT customer_email_key UNIQUE (email)) COMMENT 'who buys'",
                    "CREATE TABLE invoice (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total decimal(12,2) NOT NULL,"
                            + " CONSTRAINT invoice_total_check CHECK (total >= 0),"
                            + " CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id))",
                    "CREATE INDEX invoice_customer_idx ON invoice (customer_id)",
                    "CREATE INDEX customer_name_idx ON customer (name)",
                    "INSERT INTO customer (id, email, name) VALUES (1, 'a@example.com', 'Ann')");
            adopt(db, fresh, other);
        }
    }

    /**
     * Objects the model cannot express: the baseline writes them as op.execute(...) with PostgreSQL's own DDL and
     * its DROP as the downgrade (a function, a trigger, a view, a materialized view, an exclusion constraint), or,
     * where PostgreSQL gives no DDL (a row-level security policy), a TODO naming the object.
     */
    @Test
    void baselineCarriesWhatTheModelCannotExpressOnPostgres() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); TestDatabase fresh = TestDatabase.postgres()) {
            db.execute("CREATE TABLE booking (id bigint PRIMARY KEY, room integer NOT NULL, guest varchar(100),"
                            + " CONSTRAINT booking_room_excl EXCLUDE USING btree (room WITH =))",
                    "CREATE TABLE booking_log (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            + " booking_id bigint NOT NULL)",
                    "CREATE FUNCTION log_booking() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " INSERT INTO booking_log (booking_id) VALUES (NEW.id); RETURN NEW; END $$",
                    "CREATE TRIGGER booking_logged AFTER INSERT ON booking FOR EACH ROW EXECUTE FUNCTION log_booking()",
                    "CREATE VIEW guest_names AS SELECT id, upper(guest) AS guest FROM booking",
                    "CREATE MATERIALIZED VIEW room_count AS SELECT count(DISTINCT room) AS rooms FROM booking",
                    "CREATE POLICY own_rows ON booking USING (true)");
            Cli cli = new Cli(project).configure(db, "app");
            cli.expect(0, "revision", "--baseline", "-m", "baseline");
            String source = Files.readString(Scenarios.newest(project.resolve("migrations")));
            assertThat(source).contains("CREATE OR REPLACE FUNCTION public.log_booking()", "DROP FUNCTION log_booking()",
                    "CREATE TRIGGER booking_logged AFTER INSERT ON public.booking", "DROP TRIGGER booking_logged ON booking",
                    "CREATE VIEW guest_names AS", "DROP VIEW guest_names",
                    "CREATE MATERIALIZED VIEW room_count AS", "DROP MATERIALIZED VIEW room_count",
                    "ALTER TABLE booking ADD CONSTRAINT booking_room_excl EXCLUDE USING btree (room WITH =)",
                    "TODO: row-level security policy own_rows on booking is not recreated",
                    "DROP POLICY own_rows ON booking to downgrade()");
            // the objects come after the tables they use, and the downgrade drops them first
            String upgrade = source.substring(source.indexOf("void upgrade"), source.indexOf("void downgrade"));
            String downgrade = source.substring(source.indexOf("void downgrade"));
            assertThat(upgrade.indexOf("createTable(\"booking\"")).isLessThan(upgrade.indexOf("CREATE OR REPLACE FUNCTION"));
            assertThat(upgrade.indexOf("CREATE OR REPLACE FUNCTION")).isLessThan(upgrade.indexOf("CREATE TRIGGER"));
            assertThat(downgrade.indexOf("DROP TRIGGER")).isLessThan(downgrade.indexOf("DROP FUNCTION"));
            assertThat(downgrade.indexOf("DROP FUNCTION")).isLessThan(downgrade.indexOf("dropTable(\"booking\")"));

            // on an empty database the baseline builds them, and they work
            cli.expect(0, "--url", fresh.url(), "upgrade", "head");
            fresh.execute("INSERT INTO booking (id, room, guest) VALUES (1, 7, 'ann')", "REFRESH MATERIALIZED VIEW room_count");
            assertThat(count(fresh, "SELECT count(*) FROM booking_log WHERE booking_id = 1")).as("trigger").isEqualTo(1);
            assertThat(count(fresh, "SELECT count(*) FROM guest_names WHERE guest = 'ANN'")).as("view").isEqualTo(1);
            assertThat(count(fresh, "SELECT rooms FROM room_count")).as("materialized view").isEqualTo(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.execute(
                    "INSERT INTO booking (id, room) VALUES (2, 7)")).hasMessageContaining("booking_room_excl");
            assertThat(count(fresh, "SELECT count(*) FROM pg_policy")).as("the TODO is for a person").isZero();
            assertThat(ScenarioIT.inspect(fresh)).isEqualTo(ScenarioIT.inspect(db));

            // and the downgrade removes every one of them
            cli.expect(0, "--url", fresh.url(), "downgrade", "base");
            assertThat(count(fresh, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relname <> 'autogen_version' AND c.relkind IN ('r', 'v', 'm')"))
                    .isZero();
            assertThat(count(fresh, "SELECT count(*) FROM pg_proc WHERE proname = 'log_booking'")).isZero();
        }
    }

    /**
     * The same on MariaDB: a view (without the database name MariaDB writes into its definition, so it builds in
     * a database of another name) and a trigger as op.execute with their DROP; a stored function, whose
     * parameters information_schema does not give, is a TODO naming it.
     */
    @Test
    void baselineCarriesWhatTheModelCannotExpressOnMariaDb() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); TestDatabase fresh = TestDatabase.mariadb()) {
            db.execute("CREATE TABLE booking (id bigint PRIMARY KEY, guest varchar(100))",
                    "CREATE TABLE booking_log (id bigint AUTO_INCREMENT PRIMARY KEY, booking_id bigint NOT NULL)",
                    "CREATE TRIGGER booking_logged AFTER INSERT ON booking FOR EACH ROW"
                            + " INSERT INTO booking_log (booking_id) VALUES (NEW.id)",
                    "CREATE VIEW guest_names AS SELECT id, upper(guest) AS guest FROM booking",
                    "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2");
            Cli cli = new Cli(project).configure(db, "app");
            cli.expect(0, "revision", "--baseline", "-m", "baseline");
            String source = Files.readString(Scenarios.newest(project.resolve("migrations")));
            assertThat(source).contains("CREATE VIEW `guest_names` AS select", "DROP VIEW `guest_names`",
                    "CREATE TRIGGER `booking_logged` AFTER INSERT ON `booking` FOR EACH ROW INSERT INTO booking_log",
                    "DROP TRIGGER `booking_logged`", "TODO: function twice is not recreated",
                    "DROP FUNCTION `twice` to downgrade()").doesNotContain("`" + db.name() + "`.");

            cli.expect(0, "--url", fresh.url(), "upgrade", "head");
            fresh.execute("INSERT INTO booking (id, guest) VALUES (1, 'ann')");
            assertThat(count(fresh, "SELECT count(*) FROM booking_log WHERE booking_id = 1")).as("trigger").isEqualTo(1);
            assertThat(count(fresh, "SELECT count(*) FROM guest_names WHERE guest = 'ANN'")).as("view").isEqualTo(1);
            assertThat(ScenarioIT.inspect(fresh)).isEqualTo(ScenarioIT.inspect(db));

            cli.expect(0, "--url", fresh.url(), "downgrade", "base");
            assertThat(count(fresh, "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME <> 'autogen_version'")).isZero();
            assertThat(count(fresh, "SELECT count(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"))
                    .isZero();
        }
    }

    /** On H2: a view as op.execute with its DROP, and a trigger calling a Java class, created again with it. */
    @Test
    void baselineCarriesViewsAndTriggersOnH2() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); TestDatabase fresh = TestDatabase.h2()) {
            db.execute("CREATE TABLE booking (id bigint PRIMARY KEY, guest varchar(100))",
                    "CREATE TABLE booking_log (booking_id bigint NOT NULL)",
                    "CREATE VIEW guest_names AS SELECT id, upper(guest) AS guest FROM booking",
                    "CREATE TRIGGER booking_logged AFTER INSERT ON booking FOR EACH ROW CALL '"
                            + LogBooking.class.getName() + "'");
            Cli cli = new Cli(project).configure(db, "app");
            cli.expect(0, "revision", "--baseline", "-m", "baseline");
            String source = Files.readString(Scenarios.newest(project.resolve("migrations")));
            // string literals escape the quotes, text blocks do not: compare the SQL as it reads
            assertThat(source.replace("\\\"", "\"")).contains("CREATE VIEW \"PUBLIC\".\"GUEST_NAMES\" AS",
                    "DROP VIEW \"PUBLIC\".\"GUEST_NAMES\"", "FOR EACH ROW CALL '" + LogBooking.class.getName(),
                    "DROP TRIGGER \"PUBLIC\".\"BOOKING_LOGGED\"");

            cli.expect(0, "--url", fresh.url(), "upgrade", "head");
            fresh.execute("INSERT INTO booking (id, guest) VALUES (1, 'ann')");
            assertThat(count(fresh, "SELECT count(*) FROM booking_log WHERE booking_id = 1")).as("trigger").isEqualTo(1);
            assertThat(count(fresh, "SELECT count(*) FROM guest_names WHERE guest = 'ANN'")).as("view").isEqualTo(1);
            cli.expect(0, "--url", fresh.url(), "downgrade", "base");
            assertThat(count(fresh, "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_NAME NOT IN ('autogen_version', 'AUTOGEN_LOCK')")).isZero();
        }
    }

    /** The H2 trigger of {@link #baselineCarriesViewsAndTriggersOnH2}: logs each new booking's id. */
    public static final class LogBooking implements org.h2.api.Trigger {
        @Override
        public void fire(Connection c, Object[] oldRow, Object[] newRow) throws java.sql.SQLException {
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO booking_log (booking_id) VALUES (?)")) {
                s.setObject(1, newRow[0]);
                s.executeUpdate();
            }
        }
    }

    private void adopt(TestDatabase db, TestDatabase fresh, TestDatabase other) throws Exception {
        Cli cli = new Cli(project).configure(db, "app")
                .write("src/app/Customer.java", CUSTOMER).write("src/app/Invoice.java", INVOICE);
        SchemaModel handMade = ScenarioIT.inspect(db);

        Cli.Result baseline = cli.expect(0, "revision", "--baseline", "-m", "baseline");
        Path first = Scenarios.newest(project.resolve("migrations"));
        String source = Files.readString(first);
        String id = source.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
        assertThat(source).contains("BASELINE", "invoice_no", "who buys", "invoice_total_check");
        if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
            assertThat(source).contains("customer_sad_idx", "customer_email_hash", "hash");
        } else {
            assertThat(source).contains("customer_name_idx");
        }
        assertThat(baseline.err()).contains("Recorded " + id + " as applied");
        // recorded, not run: the data is still there and the catalog unchanged
        assertThat(cli.expect(0, "current").out()).contains(id);
        assertThat(count(db, "SELECT count(*) FROM customer")).isEqualTo(1);
        assertThat(ScenarioIT.inspect(db)).isEqualTo(handMade);

        // the baseline alone builds the hand-made catalog on an empty database
        cli.expect(0, "--url", fresh.url(), "upgrade", id);
        assertThat(ScenarioIT.inspect(fresh)).isEqualTo(handMade);

        // then the entities' differences are the second revision
        cli.expect(0, "-m", "entities");
        assertThat(Scenarios.revisions(project.resolve("migrations"))).hasSize(2);
        assertThat(Files.readString(Scenarios.newest(project.resolve("migrations")))).contains("phone")
                .doesNotContain("createTable");
        cli.expect(0, "upgrade", "head");
        cli.expect(0, "check");
        cli.expect(0, "check", "--replay");
        cli.expect(0, "--url", fresh.url(), "upgrade", "head");
        assertThat(ScenarioIT.inspect(fresh)).isEqualTo(ScenarioIT.inspect(db));

        // a checked stamp: an empty database does not match the baseline, so stamping it warns and lists why
        Cli.Result stamp = cli.expect(0, "--url", other.url(), "stamp", id);
        assertThat(stamp.err()).contains("warning: The database's schema differs from the one the revisions build up to "
                + id).contains("difference: drop table customer").contains("difference: drop table invoice");
        cli.expect(0, "--url", other.url(), "stamp", "base");
        assertThat(cli.expect(0, "--url", other.url(), "stamp", id, "--force").err()).doesNotContain("warning");
        assertThat(cli.expect(0, "--url", fresh.url(), "stamp", "head").err()).as("a matching database")
                .doesNotContain("warning");
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
