package dev.autogen.metadata;

import dev.autogen.model.ColumnType;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Value;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's portable type from Hibernate's metamodel: its JDBC type code, sizes and Java enum, which tell what
 * the database's SQL spelling alone does not ({@code datetime(6)} on MariaDB is an {@code Instant} or a
 * {@code LocalDateTime}; {@code enum(...)} on H2 has no length). {@code null} for an explicit
 * {@code columnDefinition} and for types outside the vocabulary: those are written as the dialect's own.
 */
final class PortableTypeReader {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int DEFAULT_LENGTH = 255;

    private PortableTypeReader() {
    }

    static ColumnType of(Column column, Metadata metadata) {
        if (column.getSqlType() != null) {
            return null; // columnDefinition: exactly what the mapping says, on its database only
        }
        int code;
        String sql;
        try {
            code = column.getSqlTypeCode(metadata);
            sql = column.getSqlType(metadata);
        } catch (RuntimeException e) {
            return null;
        }
        List<Integer> sizes = sizes(sql);
        Class<?> enumType = enumType(column.getValue());
        if (enumType != null && (code == SqlTypes.ENUM || code == SqlTypes.VARCHAR || code == SqlTypes.NVARCHAR
                || code == SqlTypes.CHAR)) {
            int length = column.getLength() != null ? column.getLength().intValue()
                    : code == SqlTypes.ENUM ? DEFAULT_LENGTH : size(sizes, 0, DEFAULT_LENGTH);
            List<String> values = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return new ColumnType("enumOf", List.of(length), values, null);
        }
        return switch (code) {
            case SqlTypes.BIGINT -> ColumnType.portable("bigint");
            case SqlTypes.INTEGER -> ColumnType.portable("integer");
            case SqlTypes.SMALLINT, SqlTypes.TINYINT -> ColumnType.portable("smallint");
            case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.portable("bool");
            case SqlTypes.DOUBLE, SqlTypes.FLOAT -> ColumnType.portable("double");
            case SqlTypes.REAL -> ColumnType.portable("real");
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> sizes.size() == 2
                    ? ColumnType.portable("decimal", sizes.get(0), sizes.get(1)) : null;
            case SqlTypes.VARCHAR, SqlTypes.NVARCHAR -> ColumnType.portable("varchar", length(column, sizes));
            case SqlTypes.CHAR, SqlTypes.NCHAR -> ColumnType.portable("character", length(column, sizes));
            case SqlTypes.DATE -> ColumnType.portable("date");
            case SqlTypes.TIME -> ColumnType.portable("time", size(sizes, 0, 0));
            case SqlTypes.TIMESTAMP -> ColumnType.portable("timestamp", size(sizes, 0, 6));
            case SqlTypes.TIMESTAMP_UTC, SqlTypes.TIMESTAMP_WITH_TIMEZONE ->
                    ColumnType.portable("timestampTz", size(sizes, 0, 6));
            case SqlTypes.UUID -> ColumnType.portable("uuid");
            case SqlTypes.JSON -> ColumnType.portable("json");
            case SqlTypes.CLOB, SqlTypes.NCLOB, SqlTypes.LONGVARCHAR, SqlTypes.LONG32VARCHAR,
                    SqlTypes.LONGNVARCHAR, SqlTypes.LONG32NVARCHAR -> ColumnType.portable("clob");
            case SqlTypes.VARBINARY, SqlTypes.BINARY -> ColumnType.portable("bytes", length(column, sizes));
            case SqlTypes.BLOB, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY -> ColumnType.portable("blob");
            default -> null;
        };
    }

    private static int length(Column column, List<Integer> sizes) {
        return size(sizes, 0, column.getLength() != null ? column.getLength().intValue() : DEFAULT_LENGTH);
    }

    private static int size(List<Integer> sizes, int index, int fallback) {
        return index < sizes.size() ? sizes.get(index) : fallback;
    }

    /** The numbers in the bracket after the type name: {@code numeric(12,2)} gives 12 and 2. */
    private static List<Integer> sizes(String sql) {
        List<Integer> out = new ArrayList<>();
        int open = sql == null ? -1 : sql.indexOf('(');
        if (open < 0 || sql.indexOf('\'') >= 0) {
            return out;
        }
        Matcher m = NUMBER.matcher(sql.substring(open, Math.max(open, sql.indexOf(')', open))));
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    private static Class<?> enumType(Value value) {
        if (!(value instanceof BasicValue basic) || basic.getResolution() == null
                || basic.getJpaAttributeConverterDescriptor() != null) {
            return null; // a converted enum stores what its converter writes, not the constant names
        }
        Class<?> type = basic.getResolution().getDomainJavaType().getJavaTypeClass();
        return type.isEnum() ? type : null;
    }
}
