package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.h2.QueryCountCases;
import dev.autogen.testing.TestDatabase;

import java.util.List;

class MariaDbQueryCountIT extends QueryCountCases {
    @Override
    protected Dialect dialect() {
        return new MariaDbDialect();
    }

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariadb();
    }

    @Override
    protected int queryCount() {
        return MariaDbInspector.QUERY_COUNT;
    }

    @Override
    protected List<String> tableDdl(int i) {
        String fk = i == 0 ? "" : ", CONSTRAINT FK_" + i + " FOREIGN KEY (P) REFERENCES T" + (i - 1) + " (ID)";
        return List.of("CREATE TABLE T" + i + " (ID INT PRIMARY KEY, P INT, V VARCHAR(10) CHECK (V <> 'x'),"
                + " E ENUM('A','B') UNIQUE, J JSON" + fk + ")", "CREATE INDEX IX_" + i + " ON T" + i + " (V)");
    }
}
