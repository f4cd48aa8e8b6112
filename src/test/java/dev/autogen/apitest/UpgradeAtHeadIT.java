package dev.autogen.apitest;

import dev.autogen.Autogen;
import dev.autogen.config.Settings;
import dev.autogen.apply.RunResult;
import dev.autogen.testing.CountingConnection;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every application start pays: {@code upgrade head} on a database already at head, with a new
 * {@link Autogen} each time. It sends at most 6 statements, however many revisions there are (30 here, to keep
 * the test fast; the bench times 200: bench/run.sh, "in-process").
 */
class UpgradeAtHeadIT {
    private static final int REVISIONS = 30;

    @TempDir
    Path project;

    @Test
    void upgradeAtHeadSendsAtMostSixStatements() throws Exception {
        Path migrations = project.resolve("migrations");
        Files.createDirectories(migrations);
        for (int r = 0; r < REVISIONS; r++) {
            Files.writeString(migrations.resolve("R%04d_create_small.java".formatted(r)), revision(r));
        }
        try (TestDatabase db = TestDatabase.postgres()) {
            AtomicInteger statements = new AtomicInteger();
            DataSource counting = counting(db, statements);
            RunResult first = autogen(counting, migrations).upgrade("head");
            assertThat(first.revisions()).hasSize(REVISIONS);

            statements.set(0);
            RunResult atHead = autogen(counting, migrations).upgrade("head");
            assertThat(atHead.nothingToDo()).isTrue();
            assertThat(statements.get()).as("statements sent by upgrade head at head").isLessThanOrEqualTo(6);
        }
    }

    private Autogen autogen(DataSource source, Path migrations) {
        return Autogen.builder().settings(Settings.defaults(project)).dataSource(source).migrations(migrations).build();
    }

    /** A DataSource whose connections add the statements they send to {@code statements}. */
    private static DataSource counting(TestDatabase db, AtomicInteger statements) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.url());
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> {
                        CountingConnection c = CountingConnection.wrap(args == null ? pg.getConnection()
                                : pg.getConnection((String) args[0], (String) args[1]));
                        yield tally(c, statements);
                    }
                    case "getLogWriter" -> (PrintWriter) null;
                    case "unwrap", "isWrapperFor" -> throw new UnsupportedOperationException(method.getName());
                    default -> method.invoke(pg, args);
                });
    }

    /** The counting connection, adding its count to {@code statements} when it is closed. */
    private static Connection tally(CountingConnection c, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        statements.addAndGet(c.statements());
                    }
                    try {
                        return method.invoke(c.connection(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String revision(int r) {
        String parents = r == 0 ? "" : "parents = \"%012x\", ".formatted(0xbe0000000000L + r - 1);
        return """
                package migrations;

                import static dev.autogen.runtime.Ddl.*;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Op;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%012x", %smessage = "create small_%04d", created = "2026-01-01T00:00:00Z")
                public final class R%04d_create_small implements Migration {
                    @Override
                    public void upgrade(Op op) {
                        op.createTable("small_%04d", column("id", "bigint").notNull(), primaryKey("small_%04d_pkey", "id"));
                    }

                    @Override
                    public void downgrade(Op op) {
                        op.dropTable("small_%04d");
                    }
                }
                """.formatted(0xbe0000000000L + r, parents, r, r, r, r, r);
    }
}
