package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Table;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.Operation;

import java.util.List;

/** Check constraints, matched by their condition in the dialect's canonical form; a changed check is dropped and added. */
final class CheckComparer implements TablePartComparer {
    private final TypeNormaliser types;

    CheckComparer(TypeNormaliser types) {
        this.types = types;
    }

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        DefinitionMatch<CheckConstraint> checks = DefinitionMatch.of(database.checks(), target.checks(),
                CheckConstraint::name, check -> types.expression(check.expression()));
        checks.dropped().forEach(check -> out.add(new DropCheckConstraint(database.name(), check)));
        checks.added().forEach(check -> out.add(new AddCheckConstraint(target.name(), check)));
    }
}
