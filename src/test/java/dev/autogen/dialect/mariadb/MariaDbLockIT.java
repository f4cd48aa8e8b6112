package dev.autogen.dialect.mariadb;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariaDbLockIT {
    private final MariaDbDialect dialect = new MariaDbDialect();

    @Test
    void aSecondConnectionTimesOutNamingTheHoldingConnectionAndGetsTheLockOnceReleased() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); Connection first = db.connect(); Connection second = db.connect()) {
            long holder;
            try (Statement s = first.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                holder = rs.getLong(1);
            }
            MigrationLock lock = dialect.lock(first, Duration.ofSeconds(1));
            assertThatThrownBy(() -> dialect.lock(second, Duration.ofSeconds(1)))
                    .isInstanceOf(AutogenException.class)
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.LOCKED))
                    .hasMessageContaining("'autogen:" + db.name() + ".autogen_version'")
                    .hasMessageContaining("connection " + holder);
            lock.close();
            try (MigrationLock again = dialect.lock(second, Duration.ofSeconds(1))) {
                assertThat(again).isNotNull();
            }
        }
    }

    @Test
    void locksOfDifferentDatabasesDoNotConflict() throws Exception {
        try (TestDatabase a = TestDatabase.mariadb(); TestDatabase b = TestDatabase.mariadb();
             Connection ca = a.connect(); Connection cb = b.connect();
             MigrationLock la = dialect.lock(ca, Duration.ofSeconds(1));
             MigrationLock lb = dialect.lock(cb, Duration.ofSeconds(1))) {
            assertThat(la).isNotNull();
            assertThat(lb).isNotNull();
        }
    }

    @Test
    void scratchDatabasesAreCreatedNextToTheCurrentOneAndDropped() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb(); Connection c = db.connect()) {
            String name = db.name() + "_scratch";
            String url = dialect.createScratch(c, name);
            assertThat(url).contains("/" + name);
            try (Connection scratch = DriverManager.getConnection(url); Statement s = scratch.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
            }
            dialect.dropScratch(c, name);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void mysqlUrlsAreServed() {
        assertThat(dialect.accepts("jdbc:mysql://localhost/x")).isTrue();
        assertThat(dialect.accepts("jdbc:mariadb://localhost/x")).isTrue();
        assertThat(new MySqlDialect().accepts("jdbc:mariadb://localhost/x")).isFalse();
        assertThat(MariaDbDialect.withDatabase("jdbc:mariadb://h:3306/a?user=root", "b")).isEqualTo("jdbc:mariadb://h:3306/b?user=root");
        assertThat(MariaDbDialect.withDatabase("jdbc:mariadb://h:3306", "b")).isEqualTo("jdbc:mariadb://h:3306/b");
    }
}
