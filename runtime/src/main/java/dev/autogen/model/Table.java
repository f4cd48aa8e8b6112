package dev.autogen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything that belongs to it. {@code primaryKey} and {@code comment} may be {@code null}.
 * {@code partitioning} is the partition key of a partitioned table as the database states it
 * ({@code RANGE (created_at)}), or {@code null}; entities cannot declare it, so it is never compared.
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<CheckConstraint> checks,
                    String comment, String partitioning) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** A table that is not partitioned. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<CheckConstraint> checks,
                 String comment) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, null);
    }

    /** A table with only columns, for tests and hand-built models. */
    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, partitioning);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, partitioning);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, partitioning);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, newForeignKeys, uniqueConstraints, indexes, checks, comment, partitioning);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, foreignKeys, newUniques, indexes, checks, comment, partitioning);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, newIndexes, checks, comment, partitioning);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, newChecks, comment, partitioning);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, newComment, partitioning);
    }
}
