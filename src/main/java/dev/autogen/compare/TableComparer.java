package dev.autogen.compare;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.Table;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Tables, matched by qualified name. A new table is a {@code CreateTable} without its foreign keys and indexes,
 * which follow as their own {@code AddForeignKey}/{@code CreateIndex} operations; a dropped table loses its
 * foreign keys and indexes through {@code DropForeignKey}/{@code DropIndex} first, so the downgrade recreates
 * them. Tables on both sides are handed to the per-kind comparers. A partitioned table no entity maps is
 * refused rather than dropped: the downgrade could not recreate its partitions.
 */
final class TableComparer {
    private final List<TablePartComparer> parts;

    TableComparer(TypeNormaliser types) {
        this.parts = List.of(new ColumnComparer(types), new KeyComparer(types), new IndexComparer(types),
                new CheckComparer(types), new CommentComparer());
    }

    void compare(List<Table> database, List<Table> target, List<Operation> out) {
        NameMatch.of(database, target, Table::name,
                wanted -> create(wanted, out),
                (present, wanted) -> parts.forEach(part -> part.compare(present, wanted, out)),
                present -> drop(present, out));
    }

    private static void create(Table table, List<Operation> out) {
        out.add(new CreateTable(bare(table)));
        for (Index index : table.indexes()) {
            out.add(new CreateIndex(table.name(), index, false));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.add(new AddForeignKey(table.name(), fk));
        }
    }

    private static void drop(Table table, List<Operation> out) {
        if (table.partitioning() != null) {
            throw new AutogenException(ErrorKind.MODEL, "Table " + table.name() + " is partitioned (PARTITION BY "
                    + table.partitioning() + ") and no entity maps it. autogen does not drop it, because a downgrade"
                    + " could not recreate it with its partitions; keep it out of diffs with exclude_objects=table:"
                    + table.name() + " (or exclude_tables), or drop it by hand in a revision with op.execute(...).");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.add(new DropForeignKey(table.name(), fk));
        }
        for (Index index : table.indexes()) {
            out.add(new DropIndex(table.name(), index, false));
        }
        out.add(new DropTable(bare(table)));
    }

    /** The table as {@code CreateTable}/{@code DropTable} carry it: without foreign keys and indexes. */
    static Table bare(Table table) {
        return table.withForeignKeys(List.of()).withIndexes(List.of());
    }
}
