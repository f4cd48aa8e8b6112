package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mappings the entities cannot state, or objects only the database holds, are never lost: the database's
 * version is read, a change is diffed, and a drop carries what the downgrade needs to bring the object back
 * exactly. Each test sets the database up by hand after a first upgrade, then drives the real CLI.
 */
class MappingFidelityIT {

    private static final String USER = """
            package scenario;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User {
                @Id Long id;
                @Column(length = 200) String email;
            }
            """;

    private static final String POST = """
            package scenario;
            import jakarta.persistence.*;
            @Entity @Table(name = "post")
            public class Post {
                @Id Long id;
                @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_post_author")) User author;
            }
            """;

    private static final String DOC = """
            package scenario;
            import jakarta.persistence.*;
            @Entity @Table(name = "doc", indexes = @Index(name = "ix_doc_title", columnList = "title"))
            public class Doc {
                @Id Long id;
                @Column(length = 100) String title;
            }
            """;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void foreignKeyOnUpdateIsReadDiffedAndRestoredByTheDowngrade(TestDatabase.Kind kind, @TempDir Path project)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = start(db, project, "User.java", USER, "Post.java", POST);
            String drop = kind == TestDatabase.Kind.MARIADB ? "ALTER TABLE post DROP FOREIGN KEY fk_post_author"
                    : "ALTER TABLE post DROP CONSTRAINT fk_post_author";
            String deferral = kind == TestDatabase.Kind.POSTGRESQL ? " DEFERRABLE INITIALLY DEFERRED" : "";
            db.execute(drop, "ALTER TABLE post ADD CONSTRAINT fk_post_author FOREIGN KEY (author_id)"
                    + " REFERENCES users (id) ON UPDATE CASCADE" + deferral);
            SchemaModel handMade = ScenarioIT.inspect(db);

            Cli.Result drift = cli.run("check");
            assertThat(drift.code()).as(drift.out() + drift.err()).isNotZero();
            assertThat(drift.out() + drift.err()).containsIgnoringCase("fk_post_author");

            String revision = generate(cli, project, "plain foreign key");
            assertThat(revision).containsIgnoringCase("op.dropForeignKey(\"fk_post_author\"")
                    .contains(".onUpdate(ReferentialAction.CASCADE)");
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertThat(revision).contains(".deferrable(Deferral.INITIALLY_DEFERRED)");
            }
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "-1");
            assertThat(ScenarioIT.inspect(db)).isEqualTo(handMade);
        }
    }

    /** A hash index named like the entity's btree index is not taken for it. */
    @Test
    void anIndexOfAnotherMethodIsNotTakenForTheEntitysBtree(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("DROP INDEX ix_doc_title", "CREATE INDEX ix_doc_title ON doc USING hash (title)");

            Cli.Result drift = cli.run("check");
            assertThat(drift.code()).as(drift.out() + drift.err()).isNotZero();

            String revision = generate(cli, project, "btree again");
            assertThat(revision).contains(".using(\"hash\")").contains(".definition(\"USING hash (title)\")");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            assertThat(indexDefinitions(db)).contains("CREATE INDEX ix_doc_title ON public.doc USING btree (title)");
        }
    }

    /**
     * A serial key's sequence is owned by its column and goes with the table or the column; the downgrade creates
     * it again, owned as before, so the restored table takes new rows (it failed: relation "..._seq" does not exist).
     */
    @Test
    void droppedSerialTablesAndColumnsComeBackWithTheirOwnedSequences(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("CREATE TABLE legacy (id bigserial PRIMARY KEY, name text)",
                    "INSERT INTO legacy (name) VALUES ('a'), ('b')",
                    "ALTER TABLE doc ADD COLUMN seq_no serial");
            SchemaModel handMade = ScenarioIT.inspect(db);

            String revision = generate(cli, project, "drop legacy");
            assertThat(revision).contains("op.dropTable(\"legacy\")").contains("op.dropColumn(\"doc\", \"seq_no\")");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "-1");
            assertThat(ScenarioIT.inspect(db)).isEqualTo(handMade);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO legacy (name) VALUES ('c')");
                s.execute("INSERT INTO doc (id, title) VALUES (1, 'x')");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_depend d JOIN pg_class q ON q.oid = d.objid"
                        + " WHERE q.relname IN ('legacy_id_seq', 'doc_seq_no_seq') AND d.deptype = 'a'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("both sequences are owned by their columns again").isEqualTo(2);
                }
            }
            // owned again: dropping the table takes its sequence along, as before
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
        }
    }

    /**
     * MariaDB cannot roll DDL back: a revision that narrows a populated column below its values failed at that
     * operation with the ones before it applied. It now refuses to start, naming the table, the column and the
     * count of rows that do not fit, and changes nothing.
     */
    @Test
    void aNarrowingTheRowsDoNotFitIsRefusedBeforeAnythingRunsOnMariaDb(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = start(db, project, "Note.java", note("@Column(length = 500) String body;"));
            db.execute("INSERT INTO note (id, body) VALUES (1, REPEAT('x', 300)), (2, REPEAT('y', 101)), (3, 'short')");
            SchemaModel before = ScenarioIT.inspect(db);
            cli.write("src/scenario/Note.java", note("@Column(length = 100) String body; Integer added;"));
            String revision = generate(cli, project, "narrow body");
            assertThat(revision).contains("op.addColumn(\"note\"").contains("op.alterColumn(\"note\", \"body\")");

            Cli.Result refused = cli.run("upgrade", "head");
            assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(7);
            assertThat(refused.err()).contains("note.body to varchar(100): 2 rows hold values longer than it holds")
                    .contains("Nothing was changed");
            assertThat(ScenarioIT.inspect(db)).as("the column added before the narrowing was not added").isEqualTo(before);

            db.execute("UPDATE note SET body = LEFT(body, 100)");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
        }
    }

    private static String note(String fields) {
        return """
                package scenario;
                import jakarta.persistence.*;
                @Entity @Table(name = "note")
                public class Note {
                    @Id Long id;
                    %s
                }
                """.formatted(fields);
    }

    /** Indexes the entities cannot declare come back exactly, as the database stated them, in the downgrade. */
    @Test
    void databaseOnlyIndexesComeBackExactlyInTheDowngrade(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("CREATE INDEX ix_doc_fts ON doc USING gin (to_tsvector('simple', title))",
                    "CREATE INDEX ix_doc_brin ON doc USING brin (id)",
                    "CREATE INDEX ix_doc_covering ON doc (id) INCLUDE (title)",
                    "CREATE INDEX ix_doc_prefix ON doc (lower(title) text_pattern_ops) WHERE title IS NOT NULL",
                    "CREATE UNIQUE INDEX ix_doc_hash_desc ON doc (title DESC NULLS LAST, id) WITH (fillfactor = 70)");
            List<String> before = indexDefinitions(db);
            SchemaModel handMade = ScenarioIT.inspect(db);

            String revision = generate(cli, project, "drop hand-made indexes");
            assertThat(revision).contains("op.dropIndex(\"ix_doc_fts\"", ".using(\"gin\")", ".include(\"title\")",
                    ".opclass(\"lower(title::text)\", \"text_pattern_ops\")");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            assertThat(indexDefinitions(db)).hasSize(1);
            cli.expect(0, "downgrade", "-1");
            assertThat(indexDefinitions(db)).isEqualTo(before);
            assertThat(ScenarioIT.inspect(db)).isEqualTo(handMade);
        }
    }

    private static String item(TestDatabase.Kind kind, String expression, boolean collated) {
        String collation = kind == TestDatabase.Kind.POSTGRESQL ? "\\\"C\\\"" : "utf8mb4_bin";
        String annotation = kind == TestDatabase.Kind.POSTGRESQL ? "\"C\"" : "\"utf8mb4_bin\"";
        boolean collations = collated && kind != TestDatabase.Kind.H2;
        return """
                package scenario;
                import jakarta.persistence.*;
                import org.hibernate.annotations.*;
                @Entity @jakarta.persistence.Table(name = "item")
                public class Item {
                    @Id Long id;
                    Integer price;
                    Integer qty;
                    @GeneratedColumn("%s") Integer total;
                    %s @Column(length = 100) String code;
                    @Column(%s) String label;
                }
                """.formatted(expression, collations ? "@Collate(" + annotation + ")" : "",
                collations ? "columnDefinition = \"varchar(50) collate " + collation + "\"" : "length = 50");
    }

    /** @GeneratedColumn, @Collate and a columnDefinition with COLLATE are created as declared, and diffed. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void generatedColumnsAndCollationsAreCreatedAndDiffed(TestDatabase.Kind kind, @TempDir Path project)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = start(db, project, "Item.java", item(kind, "price * qty", true));
            cli.expect(0, "check");
            assertThat(columnFacts(db)).contains("total generated", kind == TestDatabase.Kind.H2 ? "code" : "code collated",
                    kind == TestDatabase.Kind.H2 ? "label" : "label collated");
            SchemaModel start = ScenarioIT.inspect(db);

            cli.write("src/scenario/Item.java", item(kind, "price + qty", false));
            Cli.Result drift = cli.run("check");
            assertThat(drift.code()).as(drift.out() + drift.err()).isNotZero();
            String revision = generate(cli, project, "new total");
            assertThat(revision).containsIgnoringCase("op.dropColumn(\"item\", \"total\")")
                    .containsIgnoringCase(".generated(\"price + qty\")");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            assertThat(columnFacts(db)).contains("total generated", "code", "label");
            cli.expect(0, "downgrade", "-1");
            assertThat(ScenarioIT.inspect(db)).isEqualTo(start);
        }
    }

    /** "name generated" / "name collated" / "name" for each column of table item, from information_schema. */
    static List<String> columnFacts(TestDatabase db) throws Exception {
        boolean collations = db.kind() != TestDatabase.Kind.H2;
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, is_generated"
                     + (collations ? ", collation_name" : ", NULL")
                     + " FROM information_schema.columns WHERE lower(table_name) = 'item'"
                     + (db.kind() == TestDatabase.Kind.MARIADB ? " AND table_schema = database()" : ""))) {
            while (rs.next()) {
                String collation = rs.getString(3);
                boolean collated = collation != null && (collation.equals("C") || collation.equals("utf8mb4_bin"));
                out.add(rs.getString(1).toLowerCase() + ("ALWAYS".equals(rs.getString(2)) ? " generated"
                        : collated ? " collated" : ""));
            }
        }
        return out;
    }

    private static final String EVENT = """
            package scenario;
            import jakarta.persistence.*;
            @Entity @Table(name = "events")
            public class Event {
                @Id Long id;
                java.time.LocalDate at;
            }
            """;

    /**
     * A partitioned table no entity maps is refused, not dropped (its downgrade would recreate a plain table);
     * one an entity maps is compared like any table; exclude_objects keeps it, an index and whatever else out.
     */
    @Test
    void partitionedTablesAreNeverDroppedAndExcludeObjectsKeepsObjectsOutOfDiffs(@TempDir Path project)
            throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("CREATE TABLE logs (id bigint, at date NOT NULL) PARTITION BY RANGE (at)",
                    "CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                    "CREATE TABLE events (id bigint PRIMARY KEY, at date) PARTITION BY RANGE (id)",
                    "CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO (1000)",
                    "CREATE INDEX ix_doc_fts ON doc USING gin (to_tsvector('simple', title))",
                    "CREATE VIEW doc_titles AS SELECT id, title FROM doc",
                    "CREATE FUNCTION doc_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                    "CREATE TRIGGER doc_touch BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION doc_touch()");
            cli.write("src/scenario/Event.java", EVENT);

            Cli.Result refused = cli.run("-m", "drop logs");
            assertThat(refused.code()).as(refused.out() + refused.err()).isNotZero();
            assertThat(refused.err()).contains("Table logs is partitioned (PARTITION BY RANGE (at))")
                    .contains("exclude_objects=table:logs");
            assertThat(Scenarios.revisions(project.resolve("migrations"))).hasSize(1);

            Files.writeString(project.resolve("autogen.properties"), "exclude_objects=table:logs, index:*_fts\n",
                    java.nio.file.StandardOpenOption.APPEND);
            cli.expect(0, "check");
            cli.write("src/scenario/Doc.java", DOC.replace("@Column(length = 100) String title;",
                    "@Column(length = 100) String title;\n    String body;"));
            String revision = generate(cli, project, "body");
            assertThat(revision).contains("op.addColumn(\"doc\"").doesNotContain("logs").doesNotContain("events")
                    .doesNotContain("ix_doc_fts").doesNotContain("doc_titles");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "-1");
            assertThat(indexDefinitions(db)).contains(
                    "CREATE INDEX ix_doc_fts ON public.doc USING gin (to_tsvector('simple'::regconfig, (title)::text))");
        }
    }

    /** A kind:pattern entry with an unknown kind is refused with the setting's name. */
    @Test
    void anExcludeObjectsEntryWithoutAKnownKindIsRefused(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            Files.writeString(project.resolve("autogen.properties"), "exclude_objects=trigger:x\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Cli.Result r = cli.run("check");
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("The exclude_objects entry 'trigger:x' is not kind:pattern");
        }
    }

    /** A dropped table's identity comes back with its start, increment and cycle. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "H2"})
    void identityOptionsAreRestoredByTheDowngrade(TestDatabase.Kind kind, @TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("CREATE TABLE counters (id bigint GENERATED BY DEFAULT AS IDENTITY"
                    + " (START WITH 1000 INCREMENT BY 5 CYCLE) PRIMARY KEY, note varchar(20))");
            List<String> before = identityFacts(db);
            assertThat(before).containsExactly("1000 5 YES");

            String revision = generate(cli, project, "drop counters");
            assertThat(revision).contains(".identity(1000L, 5L, true)");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "-1");
            assertThat(identityFacts(db)).isEqualTo(before);
        }
    }

    /** "start increment cycle" of the identity columns of table counters, from information_schema. */
    static List<String> identityFacts(TestDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT identity_start, identity_increment, identity_cycle"
                     + " FROM information_schema.columns WHERE lower(table_name) = 'counters' AND is_identity = 'YES'")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    /** A dropped MariaDB FULLTEXT index comes back as FULLTEXT, not as a btree. */
    @Test
    void aMariaDbFulltextIndexComesBackInTheDowngrade(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = start(db, project, "Doc.java", DOC);
            db.execute("CREATE FULLTEXT INDEX ix_doc_words ON doc (title)");
            String revision = generate(cli, project, "drop fulltext");
            assertThat(revision).contains(".using(\"fulltext\")");
            cli.expect(0, "upgrade", "head");
            cli.expect(0, "downgrade", "-1");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT index_type FROM information_schema.statistics"
                         + " WHERE table_schema = database() AND index_name = 'ix_doc_words'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("FULLTEXT");
            }
        }
    }

    /** Writes the entities, then autogenerates and applies the first revision. */
    static Cli start(TestDatabase db, Path project, String... files) {
        Cli cli = new Cli(project).configure(db, "scenario");
        for (int i = 0; i < files.length; i += 2) {
            cli.write("src/scenario/" + files[i], files[i + 1]);
        }
        cli.expect(0, "-m", "start");
        cli.expect(0, "upgrade", "head");
        return cli;
    }

    /** Autogenerates a revision and returns its source. */
    static String generate(Cli cli, Path project, String message) throws Exception {
        List<Path> before = Scenarios.revisions(project.resolve("migrations"));
        cli.expect(0, "-m", message);
        return Files.readString(Scenarios.added(project.resolve("migrations"), before));
    }

    /** pg_get_indexdef of every index of table doc, by name. */
    static List<String> indexDefinitions(TestDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'doc'"
                     + " AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')"
                     + " ORDER BY indexname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
