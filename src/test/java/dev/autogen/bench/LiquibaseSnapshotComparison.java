package dev.autogen.bench;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.testing.TestDatabase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

/**
 * Not part of the suite (no Test/IT suffix): times autogen's PostgreSQL introspection against a Liquibase
 * snapshot of the same schema. Run: mvn -o test -Dtest=LiquibaseSnapshotComparison (with AUTOGEN_TEST_PG_URL set).
 */
class LiquibaseSnapshotComparison {
    @Test
    void measure() throws Exception {
        for (int n : new int[] {100, 300}) {
            try (TestDatabase db = TestDatabase.postgres()) {
                StringBuilder sql = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sql.append("CREATE TABLE t").append(i).append(" (id bigint primary key, name varchar(100) not null, parent bigint")
                       .append(i % 10 == 0 ? "" : " references t" + (i - i % 10) + "(id)").append(", created timestamp, amount numeric(12,2));");
                    sql.append("CREATE INDEX ix_t").append(i).append(" ON t").append(i).append("(name);");
                }
                db.execute(sql.toString());
                try (Connection c = db.connect()) {
                    PostgresDialect d = new PostgresDialect();
                    d.inspector().inspect(c, List.of());
                    long t0 = System.nanoTime();
                    for (int k = 0; k < 3; k++) d.inspector().inspect(c, List.of());
                    long ours = (System.nanoTime() - t0) / 3 / 1_000_000;
                    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    long t1 = System.nanoTime();
                    var snap = SnapshotGeneratorFactory.getInstance().createSnapshot(database.getDefaultSchema(), database, new SnapshotControl(database));
                    long lb = (System.nanoTime() - t1) / 1_000_000;
                    System.out.println("MEASURE n=" + n + " autogen_ms=" + ours + " liquibase_ms=" + lb + " tables=" + snap.get(Table.class).size());
                }
            }
        }
    }
}
