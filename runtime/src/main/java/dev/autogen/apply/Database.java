package dev.autogen.apply;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.error.Redaction;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens JDBC connections, from the settings' URL through {@link DriverManager} or from an application's
 * {@link DataSource}, and turns connection failures into sentences a user can act on:
 * the host and port, what went wrong, and what to check. The password is never part of a message.
 */
public final class Database {
    private static final Pattern HOST_PORT = Pattern.compile("//(?:[^/@?;]*@)?([^/:?;]+)(?::(\\d+))?");
    /** {@code jdbc:xxx://user:password@host...}, which the PostgreSQL and MariaDB drivers do not read themselves. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[a-z]+://)([^/@:?;]*)(?::([^/@?;]*))?@(.*)$");

    private final String url;
    private final String user;
    private final String password;
    private final boolean embedded;
    private final DataSource dataSource;
    /** What the URL's dialect adds to a connection the URL does not configure ({@link Dialect#connectionProperties}). */
    private final java.util.Map<String, String> driverProperties;

    /**
     * Connections through {@link DriverManager} to {@code url} as {@code user}; a {@code null} URL means the
     * embedded H2 file database of the project in {@code baseDir} ({@link #embeddedUrl}).
     */
    public Database(String url, String user, String password, Path baseDir) {
        this.embedded = url == null;
        this.dataSource = null;
        if (embedded) {
            this.url = embeddedUrl(baseDir);
            this.user = "sa";
            this.password = "";
            this.driverProperties = java.util.Map.of();
            return;
        }
        this.driverProperties = driverProperties(url);
        Matcher m = USER_INFO.matcher(url);
        if (m.matches() && !m.group(2).isEmpty()) {
            // the user and password in the URL become connection properties, so no driver sees (or echoes) them
            this.url = m.group(1) + m.group(4);
            this.user = user != null ? user : decode(m.group(2));
            this.password = password != null || m.group(3) == null ? password : decode(m.group(3));
        } else {
            this.url = url;
            this.user = user;
            this.password = password;
        }
    }

    private static java.util.Map<String, String> driverProperties(String url) {
        try {
            return Dialects.forUrl(url, null).connectionProperties();
        } catch (RuntimeException unknownUrl) {
            return java.util.Map.of(); // reported where the dialect is needed, in its own words
        }
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The URL handed to the driver: the MariaDB driver takes {@code jdbc:mysql:} URLs only with
     * {@code permitMysqlScheme}, so that is added when no other driver accepts the URL.
     */
    private String driverUrl() {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        try {
            DriverManager.getDriver(url);
            return url;
        } catch (SQLException noDriver) {
            return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
    }

    /**
     * Connections come from {@code dataSource}; its URL (which chooses the dialect) is read once from a
     * connection's metadata, so this opens and closes one connection.
     */
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.embedded = false;
        this.user = null;
        this.password = null;
        this.driverProperties = java.util.Map.of(); // the DataSource configures its own connections
        try (Connection c = dataSource.getConnection()) {
            this.url = c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot get a connection from the DataSource "
                    + dataSource.getClass().getName() + ": " + e.getMessage() + "; check the application's"
                    + " database settings and that the server is running.", e);
        }
    }

    /** The H2 file database used when no URL is configured: {@code <project>/target/autogen/dev}. */
    public static String embeddedUrl(Path baseDir) {
        return "jdbc:h2:file:" + baseDir.resolve("target/autogen/dev").toAbsolutePath().normalize();
    }

    public String url() {
        return url;
    }

    public boolean embedded() {
        return embedded;
    }

    /** The URL safe to print. */
    public String displayUrl() {
        return Redaction.url(url);
    }

    /** A new connection with {@code dialect}'s session statements run on it; the caller closes it. */
    public Connection open(Dialect dialect) throws SQLException {
        Connection c = open();
        if (dialect.sessionStatements().isEmpty()) {
            return c;
        }
        try (java.sql.Statement s = c.createStatement()) {
            for (String sql : dialect.sessionStatements()) {
                s.execute(sql);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    public Connection open() throws SQLException {
        if (dataSource != null) {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw explain(e);
            }
        }
        if (embedded) {
            try {
                Files.createDirectories(Path.of(url.substring("jdbc:h2:file:".length())).getParent());
            } catch (IOException e) {
                throw new AutogenException(ErrorKind.IO, "Cannot create the folder for the embedded database "
                        + url + ": " + e.getMessage() + ".", e);
            }
        }
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        driverProperties.forEach((key, value) -> {
            if (!url.toLowerCase(java.util.Locale.ROOT).contains(key.toLowerCase(java.util.Locale.ROOT))) {
                p.setProperty(key, value);
            }
        });
        try {
            return DriverManager.getConnection(driverUrl(), p);
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    /** A connection-time failure as an {@link AutogenException} naming host, port and remedy. */
    public AutogenException explain(SQLException e) {
        String where = where();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        List<String> secrets = new ArrayList<>(Redaction.secrets(url));
        if (password != null) {
            secrets.add(password);
        }
        String msg = Redaction.all(String.valueOf(e.getMessage()), secrets);
        if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
            return new AutogenException(ErrorKind.CONFIG, "No JDBC driver accepts " + displayUrl()
                    + "; autogen supports jdbc:postgresql:, jdbc:h2:, jdbc:mariadb: and jdbc:mysql: URLs.", e);
        }
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            String who = dataSource != null && user == null ? "the DataSource's user" : "user '" + user + "'";
            return new AutogenException(ErrorKind.CONNECTION, "The database at " + where + " refused " + who
                    + ": " + msg + ". Check 'user' and 'password' (or AUTOGEN_USER / AUTOGEN_PASSWORD).", e);
        }
        if ("3D000".equals(state) || e.getErrorCode() == 1049) {
            return new AutogenException(ErrorKind.CONNECTION, "The database named in " + displayUrl()
                    + " does not exist on " + where + ": create it, or fix 'url'.", e);
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new AutogenException(ErrorKind.CONNECTION, "Cannot connect to " + where + " (" + msg
                    + "). Is the database server running and reachable there? Check the URL (" + (dataSource != null
                    ? "the DataSource's configuration" : "'url' in autogen.properties, --url, or the URL given to the"
                    + " builder") + ").", e);
        }
        return new AutogenException(ErrorKind.CONNECTION, "Cannot connect to " + where + ": " + msg + ".", e);
    }

    private String where() {
        Matcher m = HOST_PORT.matcher(url);
        if (m.find()) {
            return "host " + m.group(1) + " port " + (m.group(2) == null ? "(default)" : m.group(2));
        }
        return displayUrl();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
