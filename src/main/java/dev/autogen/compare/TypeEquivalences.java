package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns whose types autogen treats as equal although they are not the same type: on MariaDB {@code tinyint(1)},
 * {@code bool} and {@code bit(1)} are all booleans. {@code check --strict} reports them for users who want the
 * exact type Hibernate writes.
 */
public final class TypeEquivalences {
    private final TypeNormaliser types;

    public TypeEquivalences(TypeNormaliser types) {
        this.types = types;
    }

    /** One sentence per column of a table on both sides whose types are equal for autogen but not exactly. */
    public List<String> between(SchemaModel database, SchemaModel target) {
        List<String> found = new ArrayList<>();
        for (Table wanted : target.tables()) {
            Table present = database.table(wanted.name()).orElse(null);
            if (present == null) {
                continue;
            }
            for (Column column : wanted.columns()) {
                Column live = present.column(column.name()).orElse(null);
                if (live == null || live.type() == null || column.type() == null
                        || !types.type(live.type()).equals(types.type(column.type()))) {
                    continue;
                }
                String exactLive = types.exactType(live.type());
                String exactWanted = types.exactType(column.type());
                if (!exactLive.equals(exactWanted)) {
                    found.add(wanted.name() + "." + column.name() + " is " + exactLive + " in the database and "
                            + exactWanted + " in the entities; autogen treats them as the same type ("
                            + types.type(column.type()) + ")");
                }
            }
        }
        return found;
    }
}
