package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.autogen.scenario.CheckReplayIT.item;
import static dev.autogen.scenario.CheckReplayIT.scratchDatabases;
import static org.assertj.core.api.Assertions.assertThat;

/** Proven revisions: {@code -m --verify} (or dev_url) replays, upgrades, diffs and downgrades on a scratch database. */
class VerifyIT {

    @Test
    void verifiedRevisionIsWritten(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item", "--verify");
            cli.expect(0, "upgrade", "head");
            cli.write("src/ci/Item.java", item("    String note;\n"
                    + "    @org.hibernate.annotations.ColumnDefault(\"0\") @Column(nullable = false) int qty;\n"));
            Set<String> scratchBefore = scratchDatabases(db);
            Cli.Result r = cli.expect(0, "-m", "note and qty", "--verify");
            assertThat(r.err()).containsPattern("Verified on a scratch database in \\d+ ms");
            assertThat(Files.readString(Scenarios.newest(project.resolve("migrations")))).doesNotContain("UNVERIFIED");
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);
        }
    }

    /**
     * A NOT NULL column without a default cannot be added to a table that holds rows; verification ran on empty
     * tables and passed it. The scratch tables now hold rows (generated where the live table has none).
     */
    @Test
    void aNotNullColumnWithoutDefaultFailsVerificationOnTablesHoldingRows(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item", "--verify");
            cli.expect(0, "upgrade", "head");
            cli.write("src/ci/Item.java", item("    @Column(nullable = false) int qty;\n"));
            Cli.Result r = cli.expect(10, "-m", "qty", "--verify");
            assertThat(r.err()).contains("add column item.qty").contains("whose tables hold rows")
                    .contains("contains null values").contains("Nothing was written");
            assertThat(Scenarios.revisions(project.resolve("migrations"))).hasSize(1);
        }
    }

    @Test
    void devUrlMakesVerificationTheDefault(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); TestDatabase dev = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.write("autogen.properties", Files.readString(project.resolve("autogen.properties"))
                    + "dev_url=" + dev.url() + "\n");
            Cli.Result r = cli.expect(0, "-m", "create item");
            assertThat(r.err()).contains("Verified on a scratch database");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check", "--replay");
        }
    }

    /** The database holds a table the revisions never made: the plan drops it, which fails on the replayed schema. */
    @Test
    void failedVerificationWritesNothingUnlessForced(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            cli.expect(0, "upgrade", "head");
            db.execute("CREATE TABLE stray (id integer PRIMARY KEY)");
            cli.write("src/ci/Item.java", item("    String note;\n"));
            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            Set<String> scratchBefore = scratchDatabases(db);

            Cli.Result failed = cli.expect(10, "-m", "note", "--verify");
            assertThat(failed.err()).contains("failed verification on a scratch database").contains("stray")
                    .contains("--force");
            assertThat(Scenarios.revisions(project.resolve("migrations"))).isEqualTo(before);
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);

            Cli.Result forced = cli.expect(0, "-m", "note", "--verify", "--force");
            assertThat(forced.err()).contains("Written with --force although verification failed");
            String revision = Files.readString(Scenarios.added(project.resolve("migrations"), before));
            assertThat(revision).contains("UNVERIFIED: ").contains("stray");
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);
        }
    }

    /**
     * How long verification adds at 100 tables (printed; the report quotes it): three rounds alternating a plain
     * {@code -m} and {@code -m --verify} in one project, each revision deleted again, the fastest of each kept.
     */
    @Test
    void verificationTimeAtOneHundredTables(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "big");
            for (int i = 0; i < 100; i++) {
                cli.write("src/big/T" + i + ".java", LargeSchemaIT.entity(i, false));
            }
            cli.expect(1, "check"); // compiles the entities (cached) and warms the JVM
            long plain = Long.MAX_VALUE;
            long verified = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                for (boolean verify : new boolean[] {false, true}) {
                    long start = System.nanoTime();
                    Cli.Result r = verify ? cli.expect(0, "-m", "create 100 tables", "--verify")
                            : cli.expect(0, "-m", "create 100 tables");
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    assertThat(r.err().contains("Verified on a scratch database")).isEqualTo(verify);
                    Files.delete(Scenarios.newest(project.resolve("migrations")));
                    if (verify) {
                        verified = Math.min(verified, ms);
                    } else {
                        plain = Math.min(plain, ms);
                    }
                }
            }
            System.out.printf("autogen -m at 100 tables: %d ms without verification, %d ms with --verify (+%d ms)%n",
                    plain, verified, verified - plain);
        }
    }
}
