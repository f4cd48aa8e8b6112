package dev.autogen.dialect.mariadb;

/**
 * MySQL 8: the MariaDB dialect with MySQL's catalog differences (unquoted string defaults, checks without a
 * table column) and Hibernate's MySQL dialect. Serves {@code jdbc:mysql:} URLs only.
 */
public final class MySqlDialect extends MariaDbDialect {
    public MySqlDialect() {
        super(true);
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MySQLDialect";
    }
}
