package dev.autogen.usecase;

import dev.autogen.apply.Database;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.config.Settings;
import dev.autogen.dialect.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * A temporary empty database for replay and verification, created by the dialect on the server of
 * {@code devUrl} when it is configured (the dev database itself is never changed), else on the configured
 * database's server. {@link #close()} always drops it; use it in try-with-resources.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Database server;
    private final Dialect dialect;
    private final String name;
    private final String url;
    private final Settings credentials;

    private ScratchDatabase(Database server, Dialect dialect, String name, String url, Settings credentials) {
        this.credentials = credentials;
        this.server = server;
        this.dialect = dialect;
        this.name = name;
        this.url = url;
    }

    /** Creates a scratch database named {@code autogen_scratch_<random>}. */
    static ScratchDatabase create(Settings settings, Dialect dialect) {
        Settings serverSettings = settings.devUrl() == null ? settings
                : settings.withUrl(settings.devUrl(), settings.user(), settings.password());
        Database server = Project.database(serverSettings);
        String name = "autogen_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = server.open()) {
            return new ScratchDatabase(server, dialect, name,
                    dialect.createScratch(c, name, serverSettings.user(), serverSettings.password()), serverSettings);
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot create the scratch database " + name + " on "
                    + server.displayUrl() + ": " + e.getMessage() + ". Replay and verification need a user allowed"
                    + " to create databases there, or set 'dev_url' to a server where it is.", e);
        }
    }

    String name() {
        return name;
    }

    /** The scratch database's JDBC URL. */
    String url() {
        return url;
    }

    @Override
    public void close() {
        try (Connection c = server.open()) {
            dialect.dropScratch(c, name, credentials.user(), credentials.password());
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot drop the scratch database " + name + " on "
                    + server.displayUrl() + ": " + e.getMessage() + "; drop it by hand.", e);
        }
    }
}
