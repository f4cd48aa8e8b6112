package dev.autogen.scenario;

import dev.autogen.testing.Cli;
import dev.autogen.testing.MiniJson;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code autogen check} and {@code check --replay} through the CLI on PostgreSQL: drift, edits, round trips. */
class CheckReplayIT {
    static final String ITEM = """
            package ci;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "item")
            public class Item {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 80) String name;
            %s}
            """;

    static String item(String extraFields) {
        return ITEM.formatted(extraFields);
    }

    @Test
    void newFieldWithoutRevisionFailsCheckAndReplay(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            cli.expect(1, "check");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            cli.expect(0, "check", "--replay");

            cli.write("src/ci/Item.java", item("    String note;\n"));
            Cli.Result check = cli.expect(1, "check");
            assertThat(check.out()).contains("difference: add column item.note");
            Set<String> scratchBefore = scratchDatabases(db);
            Cli.Result replay = cli.expect(1, "check", "--replay");
            assertThat(replay.out()).contains("difference: add column item.note").doesNotContain("round trip failed");
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);

            Map<String, Object> json = MiniJson.object(cli.expect(1, "check", "--format", "json").out());
            assertThat(json).containsEntry("ok", false).containsEntry("mode", "database")
                    .containsKeys("pending", "edited", "differences", "lint");
            List<?> differences = (List<?>) json.get("differences");
            assertThat(differences).hasSize(1);
            assertThat(MiniJson.map(differences.get(0))).containsEntry("kind", "AddColumn")
                    .containsEntry("object", "item.note").containsEntry("dataLoss", false)
                    .containsKey("detail").containsKey("dataLossDetail");
            assertThat((String) (MiniJson.map(differences.get(0))).get("detail")).startsWith("add column item.note");

            Map<String, Object> replayJson = MiniJson.object(cli.expect(1, "check", "--replay", "--format", "json").out());
            assertThat(replayJson).containsEntry("ok", false).containsEntry("mode", "replay");
            assertThat((List<?>) replayJson.get("differences")).hasSize(1);
            assertThat(MiniJson.map(replayJson.get("roundTrip"))).containsEntry("ok", true).containsEntry("error", null)
                    .containsEntry("leftover", List.of());
        }
    }

    /**
     * A downgrade that adds back a NOT NULL column without a default passed replay on an empty scratch database and
     * fails on the real table; and only the newest revision was round-tripped. Now every pending revision is, on
     * tables holding a sample of the live rows.
     */
    @Test
    void everyPendingRevisionRoundTripsOnTablesHoldingRows(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci")
                    .write("src/ci/Item.java", item("    @Column(nullable = false, length = 20) String code;\n"));
            cli.expect(0, "-m", "create item");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO item (name, code) VALUES ('a', 'A-1'), ('b', 'B-2')");
            cli.expect(0, "check", "--replay");

            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            cli.write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "drop code");
            Path dropCode = Scenarios.added(project.resolve("migrations"), before);
            String dropId = Files.readString(dropCode).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            // a colleague's revision after it, written on a database at head; this one goes back to the first
            cli.expect(0, "upgrade", "head");
            cli.write("src/ci/Item.java", item("    String note;\n"));
            cli.expect(0, "-m", "add note");
            db.execute("DELETE FROM item");
            cli.expect(0, "downgrade", "-1");
            db.execute("INSERT INTO item (name, code) VALUES ('a', 'A-1'), ('b', 'B-2')");

            Cli.Result replay = cli.expect(1, "check", "--replay");
            assertThat(replay.out()).contains("round trip failed").contains(dropId).contains("code");
            Map<String, Object> json = MiniJson.object(cli.expect(1, "check", "--replay", "--format", "json").out());
            List<?> trips = (List<?>) json.get("roundTrips");
            assertThat(trips).as("stops at the first pending revision that fails").singleElement()
                    .satisfies(t -> assertThat(MiniJson.map(t)).containsEntry("revision", dropId).containsEntry("ok", false));

        }
    }

    /**
     * Live rows are copied only onto a scratch database on their own server: with a dev_url (another server) the
     * rows are generated, so duplicates that exist only in the live table do not reach it.
     */
    @Test
    void liveRowsNeverLeaveTheirServer(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); TestDatabase dev = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO item (name) VALUES ('dup'), ('dup')");
            cli.write("src/ci/Item.java", ITEM.formatted("").replace("@Column(nullable = false, length = 80)",
                    "@Column(nullable = false, length = 80, unique = true)"));
            cli.expect(0, "-m", "unique name");

            // on the live server: a sample of the live rows, whose duplicates make the pending revision fail
            Cli.Result sampled = cli.run("check", "--replay");
            assertThat(sampled.code()).as(sampled.out() + sampled.err()).isEqualTo(7);
            assertThat(sampled.err()).contains("Replaying the revisions on a scratch database");

            // with a dev_url the scratch database is elsewhere: generated rows, no duplicates, the revision applies
            cli.write("autogen.properties", Files.readString(project.resolve("autogen.properties"))
                    + "dev_url=" + dev.url() + "\n");
            Cli.Result generated = cli.run("check", "--replay");
            assertThat(generated.err() + generated.out()).doesNotContain("Replaying the revisions on a scratch database")
                    .doesNotContain("round trip failed");
        }
    }

    /** Generated rows fit every table of the sample (keys, checks, enums, types) on each database. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TestDatabase.Kind.class)
    void generatedRowsFitEveryTableOfTheSample(TestDatabase.Kind kind, @TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            PortableRevisionsIT.copy(Path.of("sample-entities/src/main/java"), project.resolve("src"));
            Cli cli = new Cli(project).configure(db, "com.example.shop");
            cli.expect(0, "-m", "shop");
            Map<String, Object> json = MiniJson.object(cli.expect(0, "check", "--replay", "--format", "json").out());
            assertThat((List<?>) json.get("emptyTables")).as("tables no generated row fitted").isEmpty();
            assertThat((List<?>) json.get("roundTrips")).singleElement()
                    .satisfies(t -> assertThat(MiniJson.map(t)).containsEntry("ok", true));
        }
    }

    @Test
    void downgradeThatDoesNothingFailsReplayAndTheScratchDatabaseIsDropped(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            cli.expect(0, "upgrade", "head");
            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            cli.write("src/ci/Item.java", item("    String note;\n"));
            cli.expect(0, "-m", "add note");
            Path revision = Scenarios.added(project.resolve("migrations"), before);
            String source = Files.readString(revision);
            String broken = source.replaceAll("(?s)(public void downgrade\\(Op op\\) \\{).*?\\n    }", "$1\n    }");
            assertThat(broken).isNotEqualTo(source).doesNotContain("dropColumn");
            Files.writeString(revision, broken);
            String id = source.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");

            Set<String> scratchBefore = scratchDatabases(db);
            Cli.Result replay = cli.expect(1, "check", "--replay");
            assertThat(replay.out()).contains("round trip failed: the downgrade of revision " + id
                    + " does not restore the schema; it leaves: add column item.note");
            assertThat(scratchDatabases(db)).as("scratch databases left behind").isEqualTo(scratchBefore);

            Map<String, Object> json = MiniJson.object(cli.expect(1, "check", "--replay", "--format", "json").out());
            Map<String, Object> roundTrip = MiniJson.map(json.get("roundTrip"));
            assertThat(roundTrip).containsEntry("revision", id).containsEntry("ok", false);
            assertThat((List<?>) roundTrip.get("leftover")).singleElement()
                    .satisfies(d -> assertThat(MiniJson.map(d)).containsEntry("object", "item.note"));
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);
        }
    }

    @Test
    void replayThatFailsToApplyStillDropsTheScratchDatabase(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            Files.writeString(revision, Files.readString(revision)
                    .replace("op.createTable(", "op.execute(\"SELECT * FROM no_such_table\");\n        op.createTable("));
            Set<String> scratchBefore = scratchDatabases(db);
            Cli.Result r = cli.run("check", "--replay");
            assertThat(r.code()).isEqualTo(7);
            assertThat(r.err()).contains("no_such_table");
            assertThat(scratchDatabases(db)).isEqualTo(scratchBefore);
        }
    }

    @Test
    void editedAppliedRevisionFailsCheck(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "ci").write("src/ci/Item.java", item(""));
            cli.expect(0, "-m", "create item");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            Path revision = Scenarios.newest(project.resolve("migrations"));
            String id = Files.readString(revision).replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
            Files.writeString(revision, Files.readString(revision).replace("varchar(80)", "varchar(90)"));
            Cli.Result check = cli.expect(1, "check");
            assertThat(check.out()).contains("edited after it was applied: " + id);
            Map<String, Object> json = MiniJson.object(cli.expect(1, "check", "--format", "json").out());
            assertThat(json).containsEntry("edited", List.of(id));
        }
    }

    /** Scratch databases autogen made on the test server. */
    static Set<String> scratchDatabases(TestDatabase db) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'autogen_scratch_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
