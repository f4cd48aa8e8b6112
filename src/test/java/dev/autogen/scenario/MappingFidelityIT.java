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
                     + " AND indexname <> 'doc_pkey' ORDER BY indexname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
