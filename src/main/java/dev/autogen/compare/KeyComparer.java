package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddPrimaryKey;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropPrimaryKey;
import dev.autogen.operation.DropUniqueConstraint;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Primary keys, foreign keys and unique constraints. A changed key is dropped and added again. Primary keys
 * match by their columns, whatever their names; foreign keys and unique
 * constraints match by definition, so a generated name that differs causes no change. Foreign key actions
 * compare in the dialect's canonical form.
 */
final class KeyComparer implements TablePartComparer {
    private final TypeNormaliser types;

    KeyComparer(TypeNormaliser types) {
        this.types = types;
    }

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        comparePrimaryKeys(database, target, out);
        DefinitionMatch<ForeignKey> fks = DefinitionMatch.of(database.foreignKeys(), target.foreignKeys(),
                ForeignKey::name, fk -> definition(fk, types));
        fks.dropped().forEach(fk -> out.add(new DropForeignKey(database.name(), fk)));
        fks.added().forEach(fk -> out.add(new AddForeignKey(target.name(), fk)));
        DefinitionMatch<UniqueConstraint> uniques = DefinitionMatch.of(database.uniqueConstraints(),
                target.uniqueConstraints(), UniqueConstraint::name, UniqueConstraint::columns);
        uniques.dropped().forEach(u -> out.add(new DropUniqueConstraint(database.name(), u)));
        uniques.added().forEach(u -> out.add(new AddUniqueConstraint(target.name(), u)));
    }

    /** The foreign key without its name, its actions in the dialect's canonical form: what it means. */
    static ForeignKey definition(ForeignKey fk, TypeNormaliser types) {
        return new ForeignKey(null, fk.columns(), fk.targetTable(), fk.targetColumns(),
                types.referentialAction(fk.onDelete()), types.referentialAction(fk.onUpdate()), fk.deferral());
    }

    private static void comparePrimaryKeys(Table database, Table target, List<Operation> out) {
        PrimaryKey present = database.primaryKey();
        PrimaryKey wanted = target.primaryKey();
        if (present != null && wanted != null && samePrimaryKey(present, wanted)) {
            return;
        }
        if (present != null) {
            out.add(new DropPrimaryKey(database.name(), present));
        }
        if (wanted != null) {
            out.add(new AddPrimaryKey(target.name(), wanted));
        }
    }

    /**
     * A table has one primary key, so its name says nothing the columns do not: the database's own name
     * ({@code orders_pkey}, {@code PRIMARY}) matches the convention's ({@code pk_orders}) and is kept.
     */
    private static boolean samePrimaryKey(PrimaryKey present, PrimaryKey wanted) {
        return present.columns().equals(wanted.columns());
    }
}
