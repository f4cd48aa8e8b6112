package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.Table;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Columns, matched by name. A column on both sides that differs in type, nullability, default, identity,
 * comment or collation becomes one {@link AlterColumn} carrying both whole columns; type and default equality is
 * the dialect's, through its {@link TypeNormaliser}. A column whose generation expression changes (or that
 * becomes, or stops being, generated) is dropped and added again.
 */
final class ColumnComparer implements TablePartComparer {
    private final TypeNormaliser types;

    ColumnComparer(TypeNormaliser types) {
        this.types = types;
    }

    @Override
    public void compare(Table database, Table target, List<Operation> out) {
        for (Column wanted : target.columns()) {
            Column present = database.column(wanted.name()).orElse(null);
            if (present == null) {
                out.add(new AddColumn(target.name(), wanted));
            } else if (!Objects.equals(generation(present), generation(wanted))) {
                // a generated column holds no data of its own and cannot be altered into a plain one or another
                // expression everywhere: it is dropped and added again
                out.add(new DropColumn(database.name(), present));
                out.add(new AddColumn(target.name(), wanted));
            } else if (!same(present, wanted)) {
                out.add(new AlterColumn(target.name(), present, wanted, null));
            }
        }
        // Dropped last column first, so the downgrade re-adds them in their original order.
        List<Column> gone = new ArrayList<>();
        for (Column present : database.columns()) {
            if (target.column(present.name()).isEmpty()) {
                gone.add(present);
            }
        }
        Collections.reverse(gone);
        for (Column column : gone) {
            out.add(new DropColumn(database.name(), column));
        }
    }

    /** True when the two columns need no change. */
    boolean same(Column present, Column wanted) {
        return sameType(present.type(), wanted.type())
                && present.nullable() == wanted.nullable()
                && present.identity() == wanted.identity()
                // entities cannot state identity options: only a target that states them is compared
                && (wanted.identityOptions() == null || wanted.identityOptions().equals(present.identityOptions()))
                && Objects.equals(defaultOf(present), defaultOf(wanted))
                && Objects.equals(present.comment(), wanted.comment())
                && Objects.equals(collation(present), collation(wanted));
    }

    /** The generation expression in canonical form, or {@code null} for a plain column. */
    private String generation(Column column) {
        return column.generated() == null ? null : types.expression(column.generated());
    }

    /** Collation names compare without quotes and case. */
    private static String collation(Column column) {
        return column.collation() == null ? null
                : column.collation().replace("\"", "").replace("`", "").toLowerCase(java.util.Locale.ROOT);
    }

    private boolean sameType(String present, String wanted) {
        if (present == null || wanted == null) {
            return Objects.equals(present, wanted);
        }
        return types.type(present).equals(types.type(wanted));
    }

    private String defaultOf(Column column) {
        return column.defaultValue() == null ? null : types.defaultValue(column.defaultValue(), column.type());
    }
}
