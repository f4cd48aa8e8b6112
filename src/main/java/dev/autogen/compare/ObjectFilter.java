package dev.autogen.compare;

import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;

import java.util.List;
import java.util.function.Function;

/** Applies {@code include_objects} / {@code exclude_objects} entries to every object of a model. */
final class ObjectFilter {
    private final List<ObjectPattern> include;
    private final List<ObjectPattern> exclude;

    ObjectFilter(List<ObjectPattern> include, List<ObjectPattern> exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    SchemaModel apply(SchemaModel model) {
        List<Table> tables = model.tables().stream()
                .filter(t -> kept("table", t.name().name(), t.name().toString()))
                .map(this::parts)
                .toList();
        return new SchemaModel(tables,
                model.sequences().stream().filter(s -> kept("sequence", s.name().name(), s.name().toString())).toList(),
                model.enumTypes().stream().filter(e -> kept("enum_type", e.name().name(), e.name().toString())).toList());
    }

    private Table parts(Table t) {
        return t.withColumns(keep(t, "column", t.columns(), Column::name))
                .withIndexes(keep(t, "index", t.indexes(), i -> i.name()))
                .withForeignKeys(keep(t, "foreign_key", t.foreignKeys(), f -> f.name()))
                .withUniqueConstraints(keep(t, "unique_constraint", t.uniqueConstraints(), u -> u.name()))
                .withChecks(keep(t, "check_constraint", t.checks(), c -> c.name()));
    }

    private <T> List<T> keep(Table table, String kind, List<T> objects, Function<T, String> name) {
        QualifiedName t = table.name();
        return objects.stream().filter(o -> {
            String n = name.apply(o);
            return n == null || kept(kind, n, t.name() + "." + n, t + "." + n);
        }).toList();
    }

    /** Kept when no include entry is of this kind or one matches, and no exclude entry matches. */
    private boolean kept(String kind, String... names) {
        boolean includesOfKind = include.stream().anyMatch(p -> p.kind().equals("*") || p.kind().equals(kind));
        boolean included = !includesOfKind || include.stream().anyMatch(p -> p.matches(kind, names));
        return included && exclude.stream().noneMatch(p -> p.matches(kind, names));
    }
}
