package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated models at scale, through the CLI: 300+ tables, and a chain of 1,000 tables each referencing the previous. */
class LargeSchemaIT {

    @Test
    void threeHundredTablesRoundTrip(@TempDir Path project) throws Exception {
        roundTrip(project, 320, false);
    }

    @Test
    void foreignKeyChainOfOneThousandTables(@TempDir Path project) throws Exception {
        roundTrip(project, 1000, true);
    }

    /**
     * A revision whose locks do not fit PostgreSQL's shared lock table (max_locks_per_transaction × connections)
     * failed half-way with "out of shared memory"; it is refused before anything runs, with the figures and the
     * remedy, and the database is left as it was.
     */
    @Test
    void aRevisionTooLargeForTheServersLockTableIsRefusedBeforeAnythingRuns(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            long room;
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT current_setting('max_locks_per_transaction')::int * (current_setting('max_connections')::int"
                            + " + current_setting('max_prepared_transactions')::int)")) {
                rs.next();
                room = rs.getLong(1);
            }
            // each table brings itself, its TOAST table and index, its primary key and three indexes: 8 locks
            int tables = (int) (room / 8 + 200);
            Cli cli = new Cli(project).configure(db, "big");
            cli.write("migrations/Rc0ffee000001.java", KilledProcessIT.revision("c0ffee000001", null, "many tables",
                    "for (int i = 0; i < " + tables + "; i++) {\n"
                            + "            op.createTable(\"w\" + i, column(\"id\", \"bigint\").notNull(),"
                            + " column(\"a\", \"text\"), column(\"b\", \"text\"), column(\"c\", \"text\"),"
                            + " primaryKey(\"pk_w\" + i, \"id\"));\n"
                            + "            for (String k : new String[] {\"a\", \"b\", \"c\"}) {\n"
                            + "                op.createIndex(\"ix_w\" + i + \"_\" + k, \"w\" + i, k);\n"
                            + "            }\n"
                            + "        }",
                    "for (int i = 0; i < " + tables + "; i++) {\n"
                            + "            op.dropTable(\"w\" + i);\n"
                            + "        }"));
            Cli.Result refused = cli.run("upgrade", "head");
            assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(7);
            assertThat(refused.err()).contains("Revision c0ffee000001 (upgrade) would take about")
                    .contains("max_locks_per_transaction").contains("Nothing was changed")
                    .contains("split the revision").doesNotContain("out of shared memory");
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname LIKE 'w%' AND relkind = 'r'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(cli.expect(0, "current").out()).doesNotContain("c0ffee000001");
        }
    }

    private static void roundTrip(Path project, int n, boolean chain) throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(db, "big");
            for (int i = 0; i < n; i++) {
                cli.write("src/big/T" + i + ".java", entity(i, chain));
            }
            cli.expect(0, "-m", "create " + n + " tables");
            String revision = Files.readString(Scenarios.newest(project.resolve("migrations")));
            assertThat(revision).contains("op.createTable(\"t" + (n - 1) + "\"");
            cli.expect(0, "upgrade", "head");
            SchemaModel up = ScenarioIT.inspect(db);
            assertThat(up.tables()).hasSize(n);
            assertThat(up.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum())
                    .isEqualTo(chain ? n - 1 : n / 10 * 9);
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "base");
            assertThat(ScenarioIT.inspect(db).tables()).isEmpty();
        }
    }

    /** Table i; in a chain it references table i-1, otherwise tables reference the first of their group of ten. */
    static String entity(int i, boolean chain) {
        StringBuilder b = new StringBuilder("package big;\n\nimport jakarta.persistence.*;\n\n@Entity\n@Table(name = \"t")
                .append(i).append("\", indexes = @Index(name = \"ix_t").append(i).append("_name\", columnList = \"name\"))\n")
                .append("public class T").append(i).append(" {\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n")
                .append("    @Column(nullable = false, length = 120) String name;\n")
                .append("    java.math.BigDecimal amount;\n    java.time.Instant createdAt;\n    boolean active;\n");
        int target = chain ? i - 1 : (i % 10 == 0 ? -1 : i - i % 10);
        if (target >= 0) {
            b.append("    @ManyToOne T").append(target).append(" parent;\n");
        }
        return b.append("}\n").toString();
    }
}
