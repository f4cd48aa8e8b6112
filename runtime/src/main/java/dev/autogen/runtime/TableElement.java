package dev.autogen.runtime;

/** Something {@code op.createTable(...)} accepts: a column, the primary key, a unique or check constraint, a comment. */
public sealed interface TableElement permits ColumnDef, Ddl.PrimaryKeyElement, Ddl.UniqueElement, Ddl.CheckElement,
        Ddl.CommentElement {
}
