package dev.autogen.apply;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database being migrated; the caller closes it. */
@FunctionalInterface
public interface ConnectionFactory {
    Connection open() throws SQLException;
}
