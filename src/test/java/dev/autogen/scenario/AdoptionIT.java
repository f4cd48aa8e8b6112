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
