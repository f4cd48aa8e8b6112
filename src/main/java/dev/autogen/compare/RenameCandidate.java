package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A drop and an add that may be one rename, found without evidence: a dropped and an added column of the same table
 * with the same type, nullability and default (and identity, comment, collation), or a dropped and a created table
 * of the same schema with the same columns. Only a candidate: it becomes a {@link Rename} on the user's answer or
 * {@code --rename}, never on its own.
 *
 * @param table  the column's table, or the dropped table
 * @param column the dropped column; {@code null} for a table
 * @param to     the added column or the created table
 * @param type   the column's type, {@code null} for a table
 */
public record RenameCandidate(QualifiedName table, String column, String to, String type) {

    /** The candidates of {@code plan}, in plan order; a dropped or added object is in one candidate at most. */
    public static List<RenameCandidate> of(Plan plan, TypeNormaliser types) {
        ColumnComparer columns = new ColumnComparer(types);
        List<Operation> ops = plan.operations();
        List<RenameCandidate> out = new ArrayList<>();
        Set<Object> taken = new HashSet<>();
        for (Operation op : ops) {
            if (op instanceof DropColumn drop) {
                for (Operation other : ops) {
                    if (other instanceof AddColumn add && add.table().equals(drop.table()) && !taken.contains(add)
                            && columns.same(RenamePolicy.rename(drop.column(), add.column().name()), add.column())) {
                        taken.add(add);
                        out.add(new RenameCandidate(drop.table(), drop.column().name(), add.column().name(),
                                drop.column().type()));
                        break;
                    }
                }
            } else if (op instanceof DropTable drop) {
                for (Operation other : ops) {
                    if (other instanceof CreateTable create && !taken.contains(create)
                            && java.util.Objects.equals(create.table().name().schema(), drop.table().name().schema())
                            && sameColumns(drop.table(), create.table(), columns)) {
                        taken.add(create);
                        out.add(new RenameCandidate(drop.table().name(), null, create.table().name().name(), null));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameColumns(Table a, Table b, ColumnComparer columns) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (Column c : a.columns()) {
            if (b.column(c.name()).filter(d -> columns.same(c, d)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public boolean isTable() {
        return column == null;
    }

    /** The rename this candidate becomes, for {@code reason}. */
    public Rename rename(String reason) {
        return isTable() ? Rename.table(table, to, reason) : Rename.column(table, column, to, reason);
    }

    /**
     * {@code customer.mail to customer.email (varchar(254))}, {@code table customer to client}, names spelt by
     * {@code spell}.
     */
    public String describe(UnaryOperator<String> spell) {
        String from = Rename.spelt(table, spell);
        return isTable() ? "table " + from + " to " + Rename.spelt(new QualifiedName(table.schema(), to), spell)
                : from + "." + spell.apply(column) + " to " + from + "." + spell.apply(to) + " (" + type + ")";
    }

    /** The option that makes it a rename: {@code --rename customer.mail=email}, {@code --rename customer=client}. */
    public String option(UnaryOperator<String> spell) {
        String from = Rename.spelt(table, spell);
        return "--rename " + (isTable() ? from + "=" + spell.apply(to) : from + "." + spell.apply(column) + "="
                + spell.apply(to));
    }
}
