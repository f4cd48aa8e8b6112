package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.MigrationLock;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresLockIT {
    private final PostgresDialect dialect = new PostgresDialect();

    private static int pid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aSecondAttemptTimesOutNamingTheHolderAndCloseReleases() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection first = db.connect(); Connection second = db.connect()) {
            MigrationLock lock = dialect.lock(first, Duration.ofSeconds(1));
            int holder = pid(first);
            long started = System.nanoTime();
            assertThatThrownBy(() -> dialect.lock(second, Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(AutogenException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.LOCKED))
                    .hasMessageContaining("backend pid " + holder)
                    .hasMessageContaining("pg_terminate_backend(" + holder + ")")
                    .hasMessageContaining(db.name());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            lock.close();
            try (MigrationLock again = dialect.lock(second, Duration.ofMillis(300))) {
                assertThat(again).isNotNull();
            }
            dialect.lock(first, Duration.ofMillis(300)).close();
        }
    }

    @Test
    void aWaiterGetsTheLockWhenTheHolderReleasesWithinTheTimeout() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection first = db.connect(); Connection second = db.connect()) {
            MigrationLock lock = dialect.lock(first, Duration.ofSeconds(1));
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                lock.close();
            });
            release.start();
            try (MigrationLock waited = dialect.lock(second, Duration.ofSeconds(10))) {
                assertThat(waited).isNotNull();
            }
            release.join();
        }
    }

    @Test
    void aClosedSessionLikeAKilledProcessReleasesTheLock() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection second = db.connect()) {
            Connection first = db.connect();
            MigrationLock lock = dialect.lock(first, Duration.ofSeconds(1));
            first.close();
            lock.close(); // nothing left to release: must not fail
            try (MigrationLock taken = dialect.lock(second, Duration.ofSeconds(5))) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @Test
    void aTerminatedBackendReleasesTheLock() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection first = db.connect(); Connection second = db.connect()) {
            dialect.lock(first, Duration.ofSeconds(1));
            try (Statement s = second.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid(first) + ")");
            }
            try (MigrationLock taken = dialect.lock(second, Duration.ofSeconds(5))) {
                assertThat(taken).isNotNull();
            }
        }
    }
}
