package dev.autogen.dialect;

/** A held migration lock (e.g. a PostgreSQL session advisory lock); closing releases it. */
public interface MigrationLock extends AutoCloseable {
    @Override
    void close();
}
