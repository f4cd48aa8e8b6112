package com.example.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A new, empty PostgreSQL database for one test, on the server of {@code AUTOGEN_TEST_PG_URL} (an admin URL such
 * as {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped on {@link #close()}. Without the
 * variable, or without the server, the test fails saying so.
 */
final class PgDatabase implements AutoCloseable {
    private final String adminUrl;
    private final String name;
    private final String url;

    private PgDatabase(String adminUrl, String name, String url) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.url = url;
    }

    static PgDatabase create() {
        String admin = System.getenv("AUTOGEN_TEST_PG_URL");
        if (admin == null || admin.isBlank()) {
            throw new IllegalStateException("AUTOGEN_TEST_PG_URL is not set: these tests need a real PostgreSQL"
                    + " server, e.g. export AUTOGEN_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres'.");
        }
        String name = "autogen_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin + ": " + e.getMessage()
                    + "; start PostgreSQL or fix AUTOGEN_TEST_PG_URL.", e);
        }
        int q = admin.indexOf('?');
        String base = q < 0 ? admin : admin.substring(0, q);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : admin.substring(q));
        return new PgDatabase(admin, name, url);
    }

    /** The JDBC URL of this database (user and password as in the admin URL). */
    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Every table of the public schema with its columns (name and type), sorted; autogen's own tables left out. */
    TreeMap<String, List<String>> catalog() throws SQLException {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type, is_nullable"
                     + " FROM information_schema.columns WHERE table_schema = 'public'"
                     + " AND table_name NOT LIKE 'autogen%' ORDER BY table_name, column_name")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return tables;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }
}
