package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.Table;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Indexes, matched by definition (keys with their order and operator classes, uniqueness, partial-index
 * predicate, access method, INCLUDE columns); a changed index is dropped and created again. Expression keys and
 * predicates compare in the dialect's canonical form. The database's stated definition is not compared: a drop
 * carries it so the downgrade creates the index exactly as it was.
 */
final class IndexComparer implements TablePartComparer {
    private final TypeNormaliser types;

    IndexComparer(TypeNormaliser types) {
        this.types = types;
    }

    /** An index without its name, in canonical form. */
    private record Definition(List<IndexColumn> columns, boolean unique, String where, String method,
                              List<String> include) {
    }

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        DefinitionMatch<Index> indexes = DefinitionMatch.of(database.indexes(), target.indexes(), Index::name,
                this::definition);
        indexes.dropped().forEach(index -> out.add(new DropIndex(database.name(), index, false)));
        indexes.added().forEach(index -> out.add(new CreateIndex(target.name(), index, false)));
    }

    private Definition definition(Index index) {
        List<IndexColumn> keys = index.columns().stream()
                .map(k -> k.expression() ? new IndexColumn(types.expression(k.name()), k.descending(), true, k.opclass()) : k)
                .toList();
        return new Definition(keys, index.unique(), index.where() == null ? null : types.expression(index.where()),
                index.method(), index.include());
    }
}
