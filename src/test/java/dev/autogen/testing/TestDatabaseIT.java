package dev.autogen.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDatabaseIT {
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachTestGetsAnEmptyDatabaseOfItsOwn(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase a = TestDatabase.create(kind); TestDatabase b = TestDatabase.create(kind)) {
            a.execute("CREATE TABLE t (id INT)");
            try (Connection c = b.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM t")).isInstanceOf(java.sql.SQLException.class);
            }
            try (Connection c = a.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }
}
