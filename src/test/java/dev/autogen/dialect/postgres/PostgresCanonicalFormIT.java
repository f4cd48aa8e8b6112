package dev.autogen.dialect.postgres;

import dev.autogen.model.Column;
import dev.autogen.model.Table;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes checks, predicates, defaults and types the way the entity side (Hibernate) spells them, reads them
 * back from the catalog and asserts both sides have the same canonical form: an unchanged model shows no diff.
 */
class PostgresCanonicalFormIT {
    private final PostgresTypes types = new PostgresTypes();

    private static final List<String> CHECKS = List.of(
            "status in ('NEW','PAID')",
            "price>=0",
            "qty between 0 and 2",
            "qty>=-1 and status<>'X' or name like 'x%'",
            "name is not null and length(name)>0",
            "price between 0.5 and 10",
            "status not in ('A','B')",
            "(qty > 0) = (price > 0)",
            "ok = true",
            "created > '2020-01-01 00:00:00'");

    private static final List<String> DEFAULTS = List.of("'abc'", "0", "-1", "12.50", "true", "false", "current_timestamp", "now()");

    @Test
    void checkConstraintsReadBackCanonicallyEqual() throws Exception {
        StringBuilder ddl = new StringBuilder("CREATE TABLE t (status varchar(10), price numeric(10,2), qty integer,"
                + " name varchar(50), ok boolean, created timestamp(6)");
        for (int i = 0; i < CHECKS.size(); i++) {
            ddl.append(", CONSTRAINT ck_").append(i).append(" CHECK (").append(CHECKS.get(i)).append(")");
        }
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            db.execute(ddl + ")");
            Table t = new PostgresInspector().inspect(c, List.of()).tables().get(0);
            for (int i = 0; i < CHECKS.size(); i++) {
                String name = "ck_" + i;
                String catalog = t.checks().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().expression();
                assertThat(types.expression(catalog)).as(CHECKS.get(i) + " read back as " + catalog)
                        .isEqualTo(types.expression(CHECKS.get(i)));
            }
        }
    }

    @Test
    void partialIndexPredicatesReadBackCanonicallyEqual() throws Exception {
        List<String> predicates = List.of("status in ('NEW','PAID')", "deleted is null", "price>0 and status<>'X'");
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            db.execute("CREATE TABLE t (status varchar(10), price numeric(10,2), deleted timestamp)");
            for (int i = 0; i < predicates.size(); i++) {
                db.execute("CREATE INDEX ix_" + i + " ON t (status) WHERE " + predicates.get(i));
            }
            Table t = new PostgresInspector().inspect(c, List.of()).tables().get(0);
            for (int i = 0; i < predicates.size(); i++) {
                String name = "ix_" + i;
                String catalog = t.indexes().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().where();
                assertThat(types.expression(catalog)).as(catalog).isEqualTo(types.expression(predicates.get(i)));
            }
        }
    }

    @Test
    void defaultsReadBackCanonicallyEqual() throws Exception {
        List<String> columnTypes = List.of("varchar(10)", "numeric(10,2)", "integer", "numeric(10,2)", "boolean",
                "boolean", "timestamp(6)", "timestamp(6)");
        StringBuilder ddl = new StringBuilder("CREATE TABLE t (");
        for (int i = 0; i < DEFAULTS.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(columnTypes.get(i))
                    .append(" DEFAULT ").append(DEFAULTS.get(i));
        }
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            db.execute(ddl + ")");
            List<Column> columns = new PostgresInspector().inspect(c, List.of()).tables().get(0).columns();
            for (int i = 0; i < DEFAULTS.size(); i++) {
                Column col = columns.get(i);
                assertThat(types.defaultValue(col.defaultValue(), col.type())).as(col.defaultValue())
                        .isEqualTo(types.defaultValue(DEFAULTS.get(i), columnTypes.get(i)));
            }
            assertThat(types.defaultValue(columns.get(6).defaultValue(), "timestamp"))
                    .isNotEqualTo(types.defaultValue(columns.get(7).defaultValue(), "timestamp"));
        }
    }

    @Test
    void typesAsHibernateWritesThemReadBackCanonicallyEqual() throws Exception {
        List<String> written = List.of("integer", "int4", "serial", "bigint", "bigserial", "smallint", "float(53)",
                "float(24)", "boolean", "varchar(255)", "char(1)", "timestamp(6)", "timestamp", "timestamp(6) with time zone",
                "time(6)", "numeric(38,2)", "decimal(10,2)", "text", "bytea", "uuid", "jsonb", "oid", "date", "integer[]",
                "varchar(20)[]", "mood");
        StringBuilder ddl = new StringBuilder("CREATE TABLE t (");
        for (int i = 0; i < written.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(written.get(i));
        }
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            db.execute("CREATE TYPE mood AS ENUM ('a')", ddl + ")");
            List<Column> columns = new PostgresInspector().inspect(c, List.of()).tables().get(0).columns();
            for (int i = 0; i < written.size(); i++) {
                assertThat(types.type(columns.get(i).type())).as(written.get(i) + " read back as " + columns.get(i).type())
                        .isEqualTo(types.type(written.get(i)));
            }
        }
    }
}
