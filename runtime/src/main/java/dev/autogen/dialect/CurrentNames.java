package dev.autogen.dialect;

/**
 * Where a connection's unqualified names resolve: its catalog and schema as {@link java.sql.Connection#getCatalog()}
 * and {@link java.sql.Connection#getSchema()} answer them (either may be {@code null}).
 */
public record CurrentNames(String catalog, String schema) {
}
