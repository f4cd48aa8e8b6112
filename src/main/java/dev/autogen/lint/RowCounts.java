package dev.autogen.lint;

import dev.autogen.model.QualifiedName;

import java.util.OptionalLong;

/** How many rows a table holds now; empty when the table does not exist (or no database is reachable). */
@FunctionalInterface
public interface RowCounts {
    RowCounts NONE = table -> OptionalLong.empty();

    OptionalLong count(QualifiedName table);
}
