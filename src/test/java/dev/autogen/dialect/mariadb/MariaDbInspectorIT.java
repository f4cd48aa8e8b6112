package dev.autogen.dialect.mariadb;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbInspectorIT {
    static final String[] SCHEMA = {
            "CREATE TABLE customer (id BIGINT NOT NULL AUTO_INCREMENT, email VARCHAR(255) NOT NULL COMMENT 'login',"
                    + " name VARCHAR(100) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'it''s', balance DECIMAL(10,2) DEFAULT 0,"
                    + " active TINYINT(1) NOT NULL DEFAULT 1, flag BIT(1), created DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),"
                    + " status ENUM('NEW','GOLD'), notes LONGTEXT, doc JSON, age INT(11), small SMALLINT,"
                    + " PRIMARY KEY (id), CONSTRAINT uk_customer_email UNIQUE (email),"
                    + " CONSTRAINT ck_balance CHECK (balance >= 0)) COMMENT 'buyers'",
            "CREATE TABLE order_line (id INT NOT NULL, customer_id BIGINT NOT NULL, qty SMALLINT, PRIMARY KEY (id),"
                    + " CONSTRAINT fk_line_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE)",
            "CREATE INDEX ix_line_qty ON order_line (qty DESC, customer_id)",
            "CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 50"};

    static final Table CUSTOMER = new Table(QualifiedName.of("customer"), List.of(
            new Column("id", "bigint", false, null, true, null),
            new Column("email", "varchar(255)", false, null, false, "login"),
            new Column("name", "varchar(100)", true, "'it''s'", false, null, null, "latin1_bin"),
            new Column("balance", "decimal(10,2)", true, "0.00", false, null),
            new Column("active", "boolean", false, "1", false, null),
            new Column("flag", "boolean", true, null, false, null),
            new Column("created", "datetime(6)", true, "current_timestamp(6)", false, null),
            new Column("status", "enum('NEW','GOLD')", true, null, false, null),
            new Column("notes", "longtext", true, null, false, null),
            new Column("doc", "json", true, null, false, null),
            new Column("age", "int", true, null, false, null),
            new Column("small", "smallint", true, null, false, null)),
            new PrimaryKey(null, List.of("id")), List.of(),
            List.of(new UniqueConstraint("uk_customer_email", List.of("email"))), List.of(),
            List.of(new CheckConstraint("ck_balance", "`balance` >= 0")), "buyers");

    static final Table ORDER_LINE = new Table(QualifiedName.of("order_line"), List.of(
            new Column("id", "int", false, null, false, null),
            new Column("customer_id", "bigint", false, null, false, null),
            new Column("qty", "smallint", true, null, false, null)),
            new PrimaryKey(null, List.of("id")),
            List.of(new ForeignKey("fk_line_customer", List.of("customer_id"), QualifiedName.of("customer"), List.of("id"),
                    ReferentialAction.CASCADE)),
            List.of(), List.of(new Index("ix_line_qty", List.of(IndexColumn.desc("qty"), IndexColumn.asc("customer_id")), false, null)),
            List.of(), null);

    @Test
    void readsEveryObjectKindExactlyLeavingOutConstraintIndexesAndSequenceTables() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); Connection c = db.connect()) {
            db.execute(SCHEMA);
            SchemaModel model = new MariaDbDialect().inspector().inspect(c, List.of());
            assertThat(model.tables()).containsExactly(CUSTOMER, ORDER_LINE);
            // created without a cache clause: the server default of 1000, read as the server states it
            assertThat(model.sequences()).containsExactly(new Sequence(QualifiedName.of("order_seq"), 100, 50, 1000L));
            assertThat(model.enumTypes()).isEmpty();
        }
    }

    @Test
    void otherListedDatabasesCarryTheirName() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); TestDatabase other = TestDatabase.mariadb(); Connection c = db.connect()) {
            db.execute("CREATE TABLE a (x INT)");
            other.execute("CREATE TABLE b (y INT)");
            SchemaModel model = new MariaDbDialect().inspector().inspect(c, List.of(db.name(), other.name()));
            assertThat(model.tables()).extracting(Table::name)
                    .containsExactlyInAnyOrder(QualifiedName.of("a"), QualifiedName.of(other.name(), "b"));
        }
    }
}
