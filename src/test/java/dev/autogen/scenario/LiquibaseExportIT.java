package dev.autogen.scenario;

import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code autogen export --liquibase}, proven by Liquibase itself: the exported changelog, run by Liquibase's
 * {@code update} on a fresh database, builds exactly the schema {@code autogen upgrade head} builds, and
 * Liquibase's {@code rollback} of every changeSet empties it again.
 */
class LiquibaseExportIT {

    @Test
    @SuppressWarnings("deprecation")
    void liquibaseRunsTheExportedChangelogToTheSameSchema(@TempDir Path project) throws Exception {
        try (TestDatabase autogenDb = TestDatabase.postgres(); TestDatabase liquibaseDb = TestDatabase.postgres()) {
            Cli cli = new Cli(project).configure(autogenDb, "scenario");
            Scenarios.copyEntities(ScenarioIT.SCENARIOS.resolve("add_table/before"), project.resolve("src"));
            cli.expect(0, "-m", "users");
            cli.expect(0, "upgrade", "head");
            Scenarios.copyEntities(ScenarioIT.SCENARIOS.resolve("mapping_kinds/after"), project.resolve("src"));
            cli.expect(0, "-m", "every mapping kind");
            cli.expect(0, "upgrade", "head");
            SchemaModel expected = ScenarioIT.inspect(autogenDb);

            cli.expect(0, "export", "--liquibase", "-o", "changelog.xml");
            assertThat(Files.readString(project.resolve("changelog.xml"))).contains("<changeSet id=").contains("<rollback>");

            try (Connection c = liquibaseDb.connect()) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                Liquibase liquibase = new Liquibase("changelog.xml", new DirectoryResourceAccessor(project), database);
                liquibase.update(new Contexts(), new LabelExpression());
                assertThat(withoutLiquibaseTables(ScenarioIT.inspect(liquibaseDb))).isEqualTo(expected);

                liquibase.rollback(2, (String) null);
                assertThat(withoutLiquibaseTables(ScenarioIT.inspect(liquibaseDb)).tables()).isEmpty();
            }
        }
    }

    private static SchemaModel withoutLiquibaseTables(SchemaModel m) {
        return new SchemaModel(m.tables().stream().filter(LiquibaseExportIT::notLiquibase).toList(), m.sequences(),
                m.enumTypes());
    }

    private static boolean notLiquibase(Table t) {
        return !t.name().name().startsWith("databasechangelog");
    }
}
