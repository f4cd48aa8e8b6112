package dev.autogen.apitest;

import dev.autogen.Autogen;
import dev.autogen.error.AutogenException;
import dev.autogen.usecase.CheckResult;
import dev.autogen.error.ErrorKind;
import dev.autogen.apitest.entities.ApiCustomer;
import dev.autogen.history.RevisionInfo;
import dev.autogen.apply.RunResult;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library API as an application uses it: revisions compiled onto the classpath (apitest.migrations), a
 * DataSource, and upgrade / current / downgrade / check against a real PostgreSQL database.
 */
class LibraryApiIT {
    private static final String FIRST = "a1b2c3d4e5f6";
    private static final String HEAD = "b2c3d4e5f6a7";

    private static Autogen autogen(TestDatabase db) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.url());
        Path testClasses = Path.of(ApiCustomer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Autogen.builder()
                .dataSource(ds)
                .revisionsOnClasspath()
                .revisionPackages("dev.autogen.apitest.migrations")
                .entities(List.of(testClasses), "dev.autogen.apitest.entities")
                .build();
    }

    @Test
    void upgradeCurrentCheckDowngradeThroughTheBuilder() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Autogen autogen = autogen(db);
            assertThat(autogen.revisions()).extracting(r -> r.id()).containsExactlyInAnyOrder(FIRST, HEAD);
            assertThat(autogen.current()).isEmpty();

            CheckResult atBase = autogen.check();
            assertThat(atBase.ok()).isFalse();
            assertThat(atBase.pending()).extracting(RevisionInfo::id).containsExactly(FIRST, HEAD);
            assertThat(atBase.differences()).isEmpty();

            RunResult up = autogen.upgrade("head");
            assertThat(up.revisions()).extracting(RevisionInfo::id).containsExactly(FIRST, HEAD);
            assertThat(up.before()).isEmpty();
            assertThat(up.after()).containsExactly(HEAD);
            assertThat(autogen.current()).containsExactly(HEAD);
            assertThat(columns(db)).containsExactly("email", "id", "name");

            CheckResult clean = autogen.check();
            assertThat(clean.ok()).as(clean.findings().toString()).isTrue();
            assertThat(clean.findings()).isEmpty();
            assertThat(autogen.upgrade("head").nothingToDo()).isTrue();

            RunResult down = autogen.downgrade("base");
            assertThat(down.revisions()).extracting(RevisionInfo::id).containsExactly(HEAD, FIRST);
            assertThat(down.after()).isEmpty();
            assertThat(autogen.current()).isEmpty();
            assertThat(columns(db)).isEmpty();
        }
    }

    @Test
    void checkReportsDriftBetweenEntitiesAndDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Autogen autogen = autogen(db);
            autogen.upgrade("head");
            db.execute("ALTER TABLE api_customer ADD COLUMN nickname varchar(40)");

            CheckResult drift = autogen.check();

            assertThat(drift.ok()).isFalse();
            assertThat(drift.pending()).isEmpty();
            assertThat(drift.edited()).isEmpty();
            assertThat(drift.differences()).singleElement().asString()
                    .contains("api_customer.nickname").contains("DATA LOSS");
            assertThat(drift.findings()).singleElement().asString().startsWith("difference: ");
        }
    }

    @Test
    void twoThreadsUpgradingAtOnceApplyEachRevisionOnce() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Autogen shared = autogen(db);
            Autogen other = autogen(db);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<RunResult>> results = new ArrayList<>();
                for (Autogen a : List.of(shared, shared, other)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return a.upgrade("head");
                    }));
                }
                start.countDown();
                List<String> applied = new ArrayList<>();
                for (Future<RunResult> f : results) {
                    RunResult r = f.get(120, TimeUnit.SECONDS);
                    assertThat(r.after()).containsExactly(HEAD);
                    r.revisions().forEach(rev -> applied.add(rev.id()));
                }
                assertThat(applied).containsExactlyInAnyOrder(FIRST, HEAD);
            } finally {
                pool.shutdownNow();
            }
            assertThat(strings(db, "SELECT * FROM autogen_version")).containsExactlyInAnyOrder(FIRST, HEAD);
            assertThat(columns(db)).containsExactly("email", "id", "name");
        }
    }

    @Test
    void urlBuilderReachesTheSameDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            autogen(db).upgrade(FIRST);
            Autogen byUrl = Autogen.builder().url(db.url()).user(db.user()).password(db.password())
                    .revisionsOnClasspath(LibraryApiIT.class.getClassLoader()).versionTable("autogen_version").build();
            // no package given: the whole test class path is scanned and holds exactly these two revisions
            assertThat(byUrl.revisions()).extracting(r -> r.id()).containsExactlyInAnyOrder(FIRST, HEAD);
            assertThat(byUrl.current()).containsExactly(FIRST);
            assertThat(byUrl.displayUrl()).contains(db.name());
        }
    }

    @Test
    void aDataSourceAndAUrlTogetherAreRejected() {
        assertThatThrownBy(() -> Autogen.builder().dataSource(new PGSimpleDataSource())
                .url("jdbc:postgresql://localhost/x").build())
                .isInstanceOfSatisfying(AutogenException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIG))
                .hasMessageContaining("give one of them");
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        return strings(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'api_customer'"
                + " ORDER BY column_name");
    }

    private static List<String> strings(TestDatabase db, String sql) throws SQLException {
        return db.strings(sql);
    }
}
