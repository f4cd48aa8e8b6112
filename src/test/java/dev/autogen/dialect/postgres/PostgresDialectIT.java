package dev.autogen.dialect.postgres;

import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDialectIT {
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void describesItself() {
        assertThat(dialect.name()).isEqualTo("postgresql");
        assertThat(dialect.accepts("jdbc:postgresql://localhost/db")).isTrue();
        assertThat(dialect.accepts("jdbc:mariadb://localhost/db")).isFalse();
        assertThat(dialect.hibernateDialect()).isEqualTo("org.hibernate.dialect.PostgreSQLDialect");
        assertThat(dialect.transactionalDdl()).isTrue();
        assertThat(dialect.normaliseIdentifier("OrderLine", false)).isEqualTo("orderline");
        assertThat(dialect.normaliseIdentifier("OrderLine", true)).isEqualTo("OrderLine");
        assertThat(dialect.normaliseIdentifier("ÄB", false)).isEqualTo("Äb");
        assertThat(PostgresDialect.withDatabase("jdbc:postgresql://h1:5432,h2/app?user=x&ssl=true", "s"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2/s?user=x&ssl=true");
        assertThat(PostgresDialect.withDatabase("jdbc:postgresql://h1/", "s")).isEqualTo("jdbc:postgresql://h1/s");
        assertThat(PostgresDialect.withDatabase("jdbc:postgresql://h1", "s")).isEqualTo("jdbc:postgresql://h1/s");
        assertThat(PostgresDialect.withDatabase("jdbc:postgresql:app?user=x", "s")).isEqualTo("jdbc:postgresql:s?user=x");
    }

    @Test
    void scratchDatabaseIsCreatedOnTheSameServerAndDropped() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            String name = db.name() + "_scratch";
            String url = dialect.createScratch(c, name);
            assertThat(url).isEqualTo(db.url().replace("/" + db.name() + "?", "/" + name + "?"));
            try (Connection s = DriverManager.getConnection(url); Statement st = s.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
                dialect.dropScratch(c, name); // forces the open session out
            }
            assertThat(databaseExists(c, name)).isFalse();
            dialect.dropScratch(c, name); // already gone: no error
        }
    }

    @Test
    void everyKeywordTheServerRestrictsIsQuoted() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T', 'C')")) {
            List<String> words = new ArrayList<>();
            while (rs.next()) {
                words.add(rs.getString(1));
            }
            assertThat(words).hasSizeGreaterThan(100).allSatisfy(w -> assertThat(PostgresSyntax.KEYWORDS).contains(w));
        }
    }

    @Test
    void quotedNamesRoundTripThroughTheServer() throws Exception {
        PostgresRenderer r = new PostgresRenderer();
        List<String> names = List.of("user", "order", "group", "MixedCase", "with space", "say \"hi\"", "ok_name");
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String n : names) {
                s.execute("CREATE TABLE " + r.quote(n) + " (" + r.quote(n) + " int)");
            }
            List<String> found = new ArrayList<>();
            dialect.inspector().inspect(c, List.of()).tables().forEach(t -> {
                assertThat(t.columns().get(0).name()).isEqualTo(t.name().name());
                found.add(t.name().name());
            });
            assertThat(found).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void inspectionSendsAFixedNumberOfQueriesHoweverManyTables() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection c = db.connect()) {
            assertThat(countedInspection(c, 0)).isEqualTo(PostgresInspector.QUERY_COUNT);
            try (Statement s = c.createStatement()) {
                StringBuilder ddl = new StringBuilder("CREATE TYPE kind AS ENUM ('a', 'b');");
                for (int i = 0; i < 300; i++) {
                    String t = String.format(Locale.ROOT, "t%03d", i);
                    ddl.append("CREATE TABLE ").append(t).append(" (id serial PRIMARY KEY, parent int REFERENCES ")
                            .append(i == 0 ? "t000" : String.format(Locale.ROOT, "t%03d", i - 1))
                            .append(", k kind, name varchar(20) UNIQUE CHECK (name <> ''));")
                            .append("CREATE INDEX ").append(t).append("_ix ON ").append(t).append(" (lower(name));")
                            .append("COMMENT ON TABLE ").append(t).append(" IS 'n';");
                }
                s.execute(ddl.toString());
            }
            assertThat(countedInspection(c, 300)).isEqualTo(PostgresInspector.QUERY_COUNT);
        }
    }

    private int countedInspection(Connection c, int expectedTables) throws Exception {
        CountingConnection counting = CountingConnection.wrap(c);
        var model = dialect.inspector().inspect(counting.connection(), List.of());
        assertThat(model.tables()).hasSize(expectedTables);
        model.tables().forEach(t -> {
            assertThat(t.columns()).hasSize(4);
            assertThat(t.foreignKeys()).hasSize(1);
            assertThat(t.uniqueConstraints()).hasSize(1);
            assertThat(t.checks()).hasSize(1);
            assertThat(t.indexes()).hasSize(1);
        });
        return counting.statements();
    }

    private static boolean databaseExists(Connection c, String name) throws Exception {
        try (var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
