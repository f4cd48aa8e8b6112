package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropUniqueConstraint;
import dev.autogen.operation.Operation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A primary key or unique constraint that is dropped (to be changed) cannot go while a foreign key references
 * it. Foreign keys that reference a dropped key and are otherwise unchanged are dropped and added again around
 * it; the statement order puts the drop before the key's drop and the add after the key's new version.
 */
final class DependentForeignKeys {
    private final TypeNormaliser types;

    DependentForeignKeys(TypeNormaliser types) {
        this.types = types;
    }

    /** A foreign key where it lives. */
    private record Placed(QualifiedName table, ForeignKey foreignKey) {
    }

    void compare(SchemaModel database, SchemaModel target, List<Operation> out) {
        Map<QualifiedName, Set<Set<String>>> droppedKeys = new HashMap<>();
        Set<Placed> droppedForeignKeys = new HashSet<>();
        for (Operation op : out) {
            if (op instanceof DropPrimaryKey d) {
                droppedKeys.computeIfAbsent(d.table(), k -> new HashSet<>()).add(Set.copyOf(d.primaryKey().columns()));
            } else if (op instanceof DropUniqueConstraint d) {
                droppedKeys.computeIfAbsent(d.table(), k -> new HashSet<>()).add(Set.copyOf(d.constraint().columns()));
            } else if (op instanceof DropForeignKey d) {
                droppedForeignKeys.add(new Placed(d.table(), d.foreignKey()));
            }
        }
        if (droppedKeys.isEmpty()) {
            return;
        }
        for (Table table : database.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                Set<Set<String>> keys = droppedKeys.get(fk.targetTable());
                if (keys != null && keys.contains(Set.copyOf(fk.targetColumns()))
                        && !droppedForeignKeys.contains(new Placed(table.name(), fk))) {
                    Table wanted = target.table(table.name()).orElseThrow();
                    out.add(new DropForeignKey(table.name(), fk));
                    out.add(new AddForeignKey(table.name(), counterpart(fk, wanted)));
                }
            }
        }
    }

    /** The target's version of an unchanged foreign key: equal definition, the same name if there is one. */
    private ForeignKey counterpart(ForeignKey fk, Table wanted) {
        ForeignKey match = null;
        for (ForeignKey candidate : wanted.foreignKeys()) {
            if (KeyComparer.definition(candidate, types).equals(KeyComparer.definition(fk, types))
                    && (match == null || Objects.equals(candidate.name(), fk.name()))) {
                match = candidate;
            }
        }
        return match == null ? fk : match;
    }
}
