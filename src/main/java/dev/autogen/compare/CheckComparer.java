package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.Table;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Check constraints, matched by their condition in the dialect's canonical form; a changed check is dropped and
 * added. A check the database keeps inside a column's definition (MariaDB) goes only when that column is
 * redefined: its drop comes with an {@code AlterColumn} that rewrites the column as it is, unless the column is
 * altered or dropped anyway; and such a check that stays is dropped and added again when its column is
 * altered, since the redefinition removes it.
 */
final class CheckComparer implements TablePartComparer {
    private final TypeNormaliser types;

    CheckComparer(TypeNormaliser types) {
        this.types = types;
    }

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        DefinitionMatch<CheckConstraint> checks = DefinitionMatch.of(database.checks(), target.checks(),
                CheckConstraint::name, check -> types.expression(check.expression()));
        List<CheckConstraint> dropped = new ArrayList<>(checks.dropped());
        List<CheckConstraint> added = new ArrayList<>(checks.added());
        for (CheckConstraint kept : database.checks()) {
            if (kept.column() != null && !dropped.contains(kept) && altered(out, database, kept.column())) {
                dropped.add(kept);
                target.checks().stream().filter(t -> sameCondition(t, kept)).findFirst().ifPresent(added::add);
            }
        }
        for (CheckConstraint check : dropped) {
            out.add(new DropCheckConstraint(database.name(), check));
            Column column = check.column() == null ? null : database.column(check.column()).orElse(null);
            if (column != null && target.column(column.name()).isPresent() && !altered(out, database, column.name())) {
                out.add(new AlterColumn(database.name(), column, column, null));
            }
        }
        added.forEach(check -> out.add(new AddCheckConstraint(target.name(), check)));
    }

    private boolean sameCondition(CheckConstraint a, CheckConstraint b) {
        return types.expression(a.expression()).equals(types.expression(b.expression()));
    }

    private static boolean altered(List<Operation> out, Table table, String column) {
        return out.stream().anyMatch(op -> op instanceof AlterColumn a && a.table().equals(table.name())
                && Objects.equals(a.from().name(), column));
    }
}
