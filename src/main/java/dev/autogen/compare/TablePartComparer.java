package dev.autogen.compare;

import dev.autogen.model.Table;
import dev.autogen.operation.Operation;

import java.util.List;

/** Compares one kind of object (columns, keys, indexes, ...) of a table that exists on both sides. */
interface TablePartComparer {

    /** Appends to {@code out} the operations that bring {@code database}'s objects of this kind to {@code target}'s. */
    void compare(Table database, Table target, List<Operation> out);
}
