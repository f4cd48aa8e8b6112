package dev.autogen.dialect.h2;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2LockIT {
    private final H2Dialect dialect = new H2Dialect();

    @Test
    void aSecondSessionWaitsThenFailsNamingTheHolderAndGetsTheLockOnceReleased() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); Connection first = db.connect(); Connection second = db.connect()) {
            MigrationLock lock = dialect.lock(first, Duration.ofSeconds(1));
            try (Statement s = first.createStatement()) {
                s.execute("CREATE TABLE SURVIVES_DDL (X INT)");
            }
            long start = System.nanoTime();
            assertThatThrownBy(() -> dialect.lock(second, Duration.ofMillis(500)))
                    .isInstanceOf(AutogenException.class)
                    .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.LOCKED))
                    .hasMessageContaining("AUTOGEN_LOCK").hasMessageContaining("H2 session");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
            lock.close();
            try (MigrationLock again = dialect.lock(second, Duration.ofSeconds(1))) {
                assertThat(again).isNotNull();
            }
        }
    }

    @Test
    void aLockLeftByASessionThatNoLongerExistsIsTakenOver() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); Connection c = db.connect()) {
            try (MigrationLock lock = dialect.lock(c, Duration.ofSeconds(1))) {
                assertThat(lock).isNotNull();
            }
            db.execute("INSERT INTO AUTOGEN_LOCK VALUES (1, 99999, CURRENT_TIMESTAMP)");
            try (MigrationLock lock = dialect.lock(c, Duration.ofMillis(200))) {
                assertThat(lock).isNotNull();
            }
        }
    }

    @Test
    void scratchDatabasesAreCreatedAndShutDown() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); Connection c = db.connect()) {
            String url = dialect.createScratch(c, "autogen_scratch_test");
            assertThat(url).isEqualTo("jdbc:h2:mem:autogen_scratch_test;DB_CLOSE_DELAY=-1");
            try (Connection scratch = java.sql.DriverManager.getConnection(url); Statement s = scratch.createStatement()) {
                s.execute("CREATE TABLE X (A INT)");
            }
            dialect.dropScratch(c, "autogen_scratch_test");
            try (Connection scratch = java.sql.DriverManager.getConnection(url); Statement s = scratch.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM X")).isInstanceOf(java.sql.SQLException.class);
            }
            dialect.dropScratch(c, "autogen_scratch_test");
        }
    }
}
