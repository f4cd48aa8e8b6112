package dev.autogen.compare;

import dev.autogen.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid models over a small universe of names, so two of them overlap a lot. Each table has at most
 * one foreign key, unique constraint, index and check, named after the table: equal names may have different
 * definitions (a change), but equal definitions never have different names. Types, defaults and predicates are
 * already canonical, so applying a plan reproduces the target exactly.
 */
final class RandomModels {
    private static final List<String> TYPES = List.of("varchar(50)", "varchar(80)", "integer", "text", "bigint");
    private static final List<String> DEFAULTS = List.of("'x'", "0");
    private static final List<String> CHECKS = List.of("id > 0", "id > 1");
    private static final List<String> ENUM_VALUES = List.of("a", "b", "c", "d");

    private final Random random;

    RandomModels(long seed) {
        this.random = new Random(seed);
    }

    SchemaModel next() {
        List<EnumType> enums = new ArrayList<>();
        for (String name : List.of("enum_mood", "enum_size")) {
            if (chance(0.6)) {
                enums.add(new EnumType(QualifiedName.of(name), subset(ENUM_VALUES, true)));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (chance(0.5)) {
                sequences.add(new Sequence(QualifiedName.of("s" + i), 1, chance(0.5) ? 1 : 50));
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (chance(0.7)) {
                names.add("t" + i);
            }
        }
        // Primary keys first: a foreign key may only reference a table whose primary key is exactly (id).
        java.util.Map<String, List<String>> keys = new java.util.HashMap<>();
        List<String> referenceable = new ArrayList<>();
        for (String name : names) {
            double p = random.nextDouble();
            keys.put(name, p < 0.2 ? null : p < 0.35 ? List.of("id", "c1") : List.of("id"));
            if (List.of("id").equals(keys.get(name))) {
                referenceable.add(name);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(table(name, keys.get(name), referenceable, enums));
        }
        return new SchemaModel(tables, sequences, enums);
    }

    private Table table(String name, List<String> key, List<String> referenceable, List<EnumType> enums) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", "bigint").withNullable(false).withIdentity(chance(0.3)));
        for (String c : List.of("c1", "c2", "c3")) {
            if (chance(0.6) || (key != null && key.contains(c))) {
                String type = !enums.isEmpty() && chance(0.2) ? pick(enums).name().name() : pick(TYPES);
                columns.add(new Column(c, type, chance(0.5), chance(0.3) ? pick(DEFAULTS) : null, false,
                        chance(0.3) ? "comment " + pick(List.of("a", "b")) : null));
            }
        }
        boolean ref = chance(0.5);
        if (ref) {
            columns.add(Column.of("ref", "bigint"));
        }
        List<String> others = columns.stream().map(Column::name).filter(c -> !c.equals("id")).toList();
        PrimaryKey pk = key == null ? null : new PrimaryKey("pk_" + name, key);
        List<ForeignKey> fks = new ArrayList<>();
        if (ref && !referenceable.isEmpty() && chance(0.7)) {
            fks.add(new ForeignKey("fk_" + name, List.of("ref"), QualifiedName.of(pick(referenceable)), List.of("id"),
                    chance(0.5) ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (!others.isEmpty() && chance(0.3)) {
            uniques.add(new UniqueConstraint("uq_" + name, subset(others, true)));
        }
        List<Index> indexes = new ArrayList<>();
        if (!others.isEmpty() && chance(0.4)) {
            List<IndexColumn> keys = subset(others, true).stream()
                    .map(c -> new IndexColumn(c, chance(0.3), false)).toList();
            indexes.add(new Index("ix_" + name, keys, chance(0.3), chance(0.3) ? "id > 0" : null));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        if (chance(0.4)) {
            checks.add(new CheckConstraint("ck_" + name, pick(CHECKS)));
        }
        String comment = chance(0.3) ? pick(List.of("x", "y")) : null;
        return new Table(QualifiedName.of(name), columns, pk, fks, uniques, indexes, checks, comment);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> subset(List<T> list, boolean nonEmpty) {
        List<T> out = new ArrayList<>();
        for (T item : list) {
            if (chance(0.5)) {
                out.add(item);
            }
        }
        if (out.isEmpty() && nonEmpty) {
            out.add(pick(list));
        }
        return out;
    }
}
