package dev.autogen.compare;

import dev.autogen.model.Table;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetTableComment;

import java.util.List;
import java.util.Objects;

/** The table comment (column comments travel in {@code AlterColumn}). */
final class CommentComparer implements TablePartComparer {

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        if (!Objects.equals(database.comment(), target.comment())) {
            out.add(new SetTableComment(target.name(), database.comment(), target.comment()));
        }
    }
}
