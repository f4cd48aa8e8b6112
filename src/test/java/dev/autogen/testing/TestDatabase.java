package dev.autogen.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test, dropped on {@link #close()}. The server comes from an environment
 * variable ({@code AUTOGEN_TEST_PG_URL}, {@code AUTOGEN_TEST_MARIADB_URL}); where it is unset and a Docker
 * engine is available, from Testcontainers; otherwise the test fails saying how to provide one. H2 needs
 * no server: a file database in a temporary folder.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String PG_ENV = "AUTOGEN_TEST_PG_URL";
    public static final String MARIADB_ENV = "AUTOGEN_TEST_MARIADB_URL";

    public enum Kind { POSTGRESQL, MARIADB, H2 }

    private static JdbcDatabaseContainer<?> pgContainer;
    private static JdbcDatabaseContainer<?> mariaContainer;

    private final Kind kind;
    private final String adminUrl;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final Path h2Dir;

    private TestDatabase(Kind kind, String adminUrl, String name, String url, String user, String password, Path h2Dir) {
        this.kind = kind;
        this.adminUrl = adminUrl;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.h2Dir = h2Dir;
    }

    public static TestDatabase create(Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> postgres();
            case MARIADB -> mariadb();
            case H2 -> h2();
        };
    }

    /** A new PostgreSQL database on the server named by {@code AUTOGEN_TEST_PG_URL}. */
    public static TestDatabase postgres() {
        String admin = serverUrl(PG_ENV, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", Kind.POSTGRESQL);
        String db = uniqueName();
        exec(admin, "CREATE DATABASE " + db);
        return new TestDatabase(Kind.POSTGRESQL, admin, db, replaceDatabase(admin, db), null, null, null);
    }

    /** A new MariaDB/MySQL database on the server named by {@code AUTOGEN_TEST_MARIADB_URL}. */
    public static TestDatabase mariadb() {
        String admin = serverUrl(MARIADB_ENV, "jdbc:mariadb://127.0.0.1:3306/test?user=root", Kind.MARIADB);
        String db = uniqueName();
        exec(admin, "CREATE DATABASE " + db);
        return new TestDatabase(Kind.MARIADB, admin, db, replaceDatabase(admin, db), null, null, null);
    }

    /** A new H2 file database in a temporary folder. */
    public static TestDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("autogen-h2-");
            String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
            return new TestDatabase(Kind.H2, null, "db", url, "sa", "", dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** JDBC URL of this test's own database (credentials, if any, are in the URL or in user()/password()). */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The database's name (PostgreSQL/MariaDB). */
    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    /** Runs statements on this test's database. */
    public void execute(String... sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("setup SQL failed: " + e.getMessage(), e);
        }
    }

    /** The first column of each row {@code sql} returns, as strings. */
    public java.util.List<String> strings(String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public void close() {
        switch (kind) {
            case POSTGRESQL -> exec(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> exec(adminUrl, "DROP DATABASE IF EXISTS " + name);
            case H2 -> {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException ignored) {
                    // already closed: nothing to shut down
                }
                try (Stream<Path> files = Files.walk(h2Dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String uniqueName() {
        return "ag_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    private static synchronized String serverUrl(String env, String example, Kind kind) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        if (dockerAvailable()) {
            if (kind == Kind.POSTGRESQL) {
                if (pgContainer == null) {
                    pgContainer = new PostgreSQLContainer("postgres:15");
                    pgContainer.start();
                }
                return pgContainer.getJdbcUrl() + "&user=" + pgContainer.getUsername() + "&password=" + pgContainer.getPassword();
            }
            if (mariaContainer == null) {
                mariaContainer = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("");
                mariaContainer.start();
            }
            return mariaContainer.getJdbcUrl() + "?user=root";
        }
        throw new IllegalStateException("No " + kind.name().toLowerCase(Locale.ROOT) + " server for the tests: set "
                + env + " to an admin JDBC URL (for example " + env + "=" + example + ") or run where a Docker engine"
                + " is available for Testcontainers. 'bash .ci/run' starts the local servers and sets it for you.");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String replaceDatabase(String adminUrl, String db) {
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        String params = q < 0 ? "" : adminUrl.substring(q);
        int slash = base.lastIndexOf('/');
        if (slash < base.indexOf("//") + 2) {
            return base + "/" + db + params;
        }
        return base.substring(0, slash + 1) + db + params;
    }

    private static void exec(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test server " + redact(url) + ": "
                    + e.getMessage(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
