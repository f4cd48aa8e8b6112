package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online plan under load, on demand ({@code bash bench/online-load.sh}, see docs/performance.md): a writer
 * runs many small transactions on a second connection against a table of a million rows while a revision adds an
 * index, a foreign key, a check and a NOT NULL. The online revision never blocks the writer for longer than its
 * lock timeout and a margin; the same change with the default plan blocks it for longer.
 */
@EnabledIfSystemProperty(named = "autogen.load", matches = "true")
class OnlineLoadIT {
    static final int ROWS = Integer.getInteger("autogen.load.rows", 1_000_000);
    static final long LOCK_TIMEOUT_MS = 200;
    static final long MARGIN_MS = 300;

    @Test
    void theOnlineRevisionDoesNotBlockAWriterAndTheDefaultOneDoes(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Team.java", OnlinePlanIT.TEAM)
                    .write("src/ci/Member.java", OnlinePlanIT.BEFORE)
                    .env("AUTOGEN_ONLINE_LOCK_TIMEOUT", LOCK_TIMEOUT_MS + "ms");
            cli.expect(0, "-m", "members");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO team DEFAULT VALUES",
                    "INSERT INTO member (name, email, team_id, level) SELECT 'n' || i, i || '@example.org', 1, i % 100"
                            + " FROM generate_series(1, " + ROWS + ") i", "VACUUM ANALYZE member");
            cli.write("src/ci/Member.java", OnlinePlanIT.AFTER);

            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            cli.expect(0, "-m", "default plan");
            long blocking = longestWriteDuring(db, () -> cli.expect(0, "upgrade", "head"));
            cli.expect(0, "downgrade", "-1");
            Files.delete(Scenarios.added(project.resolve("migrations"), before));

            cli.expect(0, "-m", "online plan", "--online");
            long online = longestWriteDuring(db, () -> cli.expect(0, "upgrade", "head"));
            cli.expect(0, "check");

            System.out.printf("OnlineLoadIT: %d rows, longest write: default plan %d ms, online plan %d ms%n", ROWS,
                    blocking, online);
            assertThat(online).as("the writer's longest statement under the online revision (ms)")
                    .isLessThan(LOCK_TIMEOUT_MS + MARGIN_MS);
            assertThat(blocking).as("the writer's longest statement under the default revision (ms)")
                    .isGreaterThan(LOCK_TIMEOUT_MS + MARGIN_MS);
        }
    }

    /** Runs {@code upgrade} while a writer inserts rows one transaction at a time; the writer's longest insert (ms). */
    private static long longestWriteDuring(TestDatabase db, Runnable upgrade) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong longest = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        Exception[] failure = new Exception[1];
        Thread writer = new Thread(() -> {
            try (Connection c = db.connect(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO member (name, email, team_id, level) VALUES ('w', 'w@example.org', 1, 1)")) {
                c.setAutoCommit(true);
                while (!stop.get()) {
                    long start = System.nanoTime();
                    insert.executeUpdate();
                    longest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    writes.incrementAndGet();
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        writer.start();
        Thread.sleep(300);
        try {
            upgrade.run();
        } finally {
            stop.set(true);
            writer.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        assertThat(writes.get()).as("the writer kept writing").isGreaterThan(10);
        return longest.get();
    }
}
