package dev.autogen.metadata;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Table;
import org.hibernate.boot.Metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts one physical Hibernate table to the neutral {@link Table}: columns, primary key and checks. */
final class TableConverter {
    /** A {@code COLLATE name} clause in a column definition. */
    private static final Pattern COLLATE = Pattern.compile("(?i)\\s+collate\\s+(\"[^\"]+\"|`[^`]+`|[\\w.]+)");

    private final Metadata metadata;
    private final Names names;
    private final KeyConverter keys;
    private final NamedEnums enums;

    TableConverter(Metadata metadata, Names names, NamedEnums enums) {
        this.metadata = metadata;
        this.names = names;
        this.keys = new KeyConverter(names);
        this.enums = enums;
    }

    Table convert(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(column));
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                checks.add(check(check));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(check(check));
        }
        checks.sort(Comparator.comparing((CheckConstraint c) -> String.valueOf(c.name()))
                .thenComparing(CheckConstraint::expression));
        return new Table(names.qualified(table.getQualifiedTableName()),
                columns, primaryKey(table), keys.foreignKeys(table), keys.uniqueConstraints(table),
                keys.indexes(table), checks.stream().distinct().toList(), table.getComment());
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
        // Hibernate's schema export never names the primary key; the database does (<table>_pkey on PostgreSQL)
        return new PrimaryKey(null, key.getColumns().stream().map(names::column).toList());
    }

    private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
        return new CheckConstraint(check.isNamed() ? names.of(check.getName()) : null, check.getConstraint());
    }
}
