package dev.autogen.dialect.h2;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.SchemaModel;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector sends the same number of catalog queries for 10 tables as for 200. */
public abstract class QueryCountCases {
    protected abstract Dialect dialect();

    protected abstract TestDatabase database();

    protected abstract int queryCount();

    /** DDL for table number {@code i}: a key, a foreign key to the previous table, an index and a check. */
    protected abstract List<String> tableDdl(int i);

    @ParameterizedTest
    @ValueSource(ints = {10, 200})
    void inspectionSendsAFixedNumberOfQueries(int tables) throws Exception {
        try (TestDatabase db = database(); Connection connection = db.connect()) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SEQUENCE S1");
                for (int i = 0; i < tables; i++) {
                    for (String sql : tableDdl(i)) {
                        s.execute(sql);
                    }
                }
            }
            StatementCounter counter = new StatementCounter(connection);
            SchemaModel model = dialect().inspector().inspect(counter.connection(), List.of());
            assertThat(model.tables()).hasSize(tables);
            assertThat(model.tables()).allSatisfy(t -> assertThat(t.indexes()).hasSize(1));
            assertThat(counter.executions()).isEqualTo(queryCount());
        }
    }
}
