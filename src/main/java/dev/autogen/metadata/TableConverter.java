package dev.autogen.metadata;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Table;
import org.hibernate.boot.Metadata;

import org.hibernate.boot.model.naming.Identifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts one physical Hibernate table to the neutral {@link Table}: columns, primary key and checks. */
final class TableConverter {
    /** A {@code COLLATE name} clause in a column definition. */
    /** An identifier, bare or quoted, in a check's condition. */
    private static final Pattern WORD = Pattern.compile("[\"`]?([A-Za-z_][A-Za-z0-9_$]*)[\"`]?");
    private static final Pattern COLLATE = Pattern.compile("(?i)\\s+collate\\s+(\"[^\"]+\"|`[^`]+`|[\\w.]+)");

    private final Metadata metadata;
    private final Names names;
    private final KeyConverter keys;
    private final NamedEnums enums;
    private final NamingConvention naming;

    TableConverter(Metadata metadata, Names names, NamedEnums enums, NamingConvention naming) {
        this.metadata = metadata;
        this.names = names;
        this.keys = new KeyConverter(names, naming);
        this.enums = enums;
        this.naming = naming;
    }

    Table convert(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        // Hibernate's checks in a stable order (the unnamed ones are numbered by it when names collide)
        Map<org.hibernate.mapping.CheckConstraint, List<org.hibernate.mapping.Column>> found = new LinkedHashMap<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(column));
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                found.putIfAbsent(check, List.of(column));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            found.putIfAbsent(check, mentioned(check.getConstraint(), table));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        found.keySet().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed)
                .forEach(c -> taken.add(names.of(c.getName())));
        List<Map.Entry<org.hibernate.mapping.CheckConstraint, List<org.hibernate.mapping.Column>>> ordered =
                new ArrayList<>(found.entrySet());
        ordered.sort(Comparator.comparing(e -> e.getKey().getConstraint()));
        Set<String> unnamed = new HashSet<>();
        for (Map.Entry<org.hibernate.mapping.CheckConstraint, List<org.hibernate.mapping.Column>> e : ordered) {
            org.hibernate.mapping.CheckConstraint check = e.getKey();
            CheckConstraint converted;
            if (check.isNamed()) {
                converted = new CheckConstraint(names.of(check.getName()), check.getConstraint());
            } else if (unnamed.add(check.getConstraint())) {
                converted = new CheckConstraint(conventional("ck", table, e.getValue(), taken), check.getConstraint());
            } else {
                continue;
            }
            if (!checks.contains(converted)) {
                checks.add(converted);
            }
        }
        checks.sort(Comparator.comparing((CheckConstraint c) -> String.valueOf(c.name()))
                .thenComparing(CheckConstraint::expression));
        return new Table(names.qualified(table.getQualifiedTableName()),
                columns, primaryKey(table), keys.foreignKeys(table), keys.uniqueConstraints(table),
                keys.indexes(table), checks, table.getComment());
    }

    /**
     * The convention's name for a {@code kind} over {@code columns} of {@code table}, unique among {@code taken}
     * ({@code _2}, {@code _3}, ... when it is not), in catalog spelling; {@code null} when no pattern is set.
     */
    private String conventional(String kind, org.hibernate.mapping.Table table,
                                List<org.hibernate.mapping.Column> columns, Set<String> taken) {
        String base = naming.name(kind, table.getName(),
                columns.stream().map(org.hibernate.mapping.Column::getName).toList(), null);
        if (base == null) {
            return null;
        }
        boolean quoted = table.isQuoted() || columns.stream().anyMatch(org.hibernate.mapping.Column::isQuoted);
        String name = names.of(Identifier.toIdentifier(base, quoted));
        for (int n = 2; !taken.add(name); n++) {
            name = names.of(Identifier.toIdentifier(NamingConvention.shorten(base + "_" + n), quoted));
        }
        return name;
    }

    /** The columns of {@code table} that {@code expression} names, in the order it names them. */
    private static List<org.hibernate.mapping.Column> mentioned(String expression,
                                                                org.hibernate.mapping.Table table) {
        Map<String, org.hibernate.mapping.Column> byName = new HashMap<>();
        table.getColumns().forEach(c -> byName.putIfAbsent(c.getName().toLowerCase(Locale.ROOT), c));
        Set<org.hibernate.mapping.Column> result = new LinkedHashSet<>();
        // identifiers outside string literals
        Matcher word = WORD.matcher(expression.replaceAll("'(?:[^']|'')*'", "''"));
        while (word.find()) {
            org.hibernate.mapping.Column column = byName.get(word.group(1).toLowerCase(Locale.ROOT));
            if (column != null) {
                result.add(column);
            }
        }
        return List.copyOf(result);
    }

    private Column column(org.hibernate.mapping.Column column) {
        String type = column.getSqlType(metadata);
        if (enums.register(column) != null) {
            // a named enum type is an identifier: fold it the way CREATE TYPE's unquoted name is folded
            type = names.of(type);
        }
        String collation = column.getCollation();
        Matcher collate = COLLATE.matcher(type);
        if (collation == null && collate.find()) {
            // columnDefinition = "varchar(100) collate \"C\"": the collation is not part of the type
            collation = collate.group(1);
            type = (type.substring(0, collate.start()) + type.substring(collate.end())).strip();
        }
        return new Column(names.column(column), type, column.isNullable(),
                column.getGeneratedAs() == null ? column.getDefaultValue() : null, column.isIdentity(),
                column.getComment(), column.getGeneratedAs(), unquote(collation));
    }

    private static String unquote(String collation) {
        if (collation == null) {
            return null;
        }
        String c = collation.strip();
        return c.length() > 1 && (c.startsWith("\"") || c.startsWith("`")) ? c.substring(1, c.length() - 1) : c;
    }

    private PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        if (key == null || key.getColumns().isEmpty()) {
            return null;
        }
        // Hibernate's schema export never names the primary key (the database does: <table>_pkey on PostgreSQL,
        // CONSTRAINT_xx on H2); the convention does, so a revision names it the same on every database
        return new PrimaryKey(conventional("pk", table, key.getColumns(), new HashSet<>()),
                key.getColumns().stream().map(names::column).toList());
    }
}
