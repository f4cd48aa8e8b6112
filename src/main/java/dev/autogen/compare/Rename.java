package dev.autogen.compare;

import dev.autogen.model.QualifiedName;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A rename the {@link RenamePolicy} writes instead of a drop and an add, and why autogen may write it.
 *
 * @param table  a table rename: the table's old name; a column rename: its table as the entities name it (after
 *               any rename of the table)
 * @param column the column's old name; {@code null} for a table rename
 * @param to     the new name of the table or column
 * @param reason why this is a rename, for the revision's header: evidence, the user's answer or {@code --rename}
 */
public record Rename(QualifiedName table, String column, String to, String reason) {
    public Rename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }

    public static Rename table(QualifiedName from, String to, String reason) {
        return new Rename(from, null, to, reason);
    }

    public static Rename column(QualifiedName table, String from, String to, String reason) {
        return new Rename(table, Objects.requireNonNull(from, "from"), to, reason);
    }

    public boolean isTable() {
        return column == null;
    }

    /** The renamed table's new qualified name. */
    public QualifiedName newTable() {
        return new QualifiedName(table.schema(), to);
    }

    /** {@code table customer to client}, {@code column customer.mail to email}, names spelt by {@code spell}. */
    public String describe(UnaryOperator<String> spell) {
        return isTable() ? "table " + spelt(table, spell) + " to " + spell.apply(to)
                : "column " + spelt(table, spell) + "." + spell.apply(column) + " to " + spell.apply(to);
    }

    /** {@code name} with its schema, each spelt by {@code spell}. */
    public static String spelt(QualifiedName name, UnaryOperator<String> spell) {
        return (name.schema() == null ? "" : spell.apply(name.schema()) + ".") + spell.apply(name.name());
    }
}
