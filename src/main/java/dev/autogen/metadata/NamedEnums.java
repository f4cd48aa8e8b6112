package dev.autogen.metadata;

import dev.autogen.model.EnumType;
import dev.autogen.model.QualifiedName;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Value;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the named database enum types the columns use ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} on
 * PostgreSQL), described the way Hibernate creates them: named after the Java enum's simple name, with the
 * constant names sorted for {@code NAMED_ENUM} and in declaration order for {@code NAMED_ORDINAL_ENUM}.
 */
final class NamedEnums {

    private final Names names;
    private final Map<QualifiedName, EnumType> found = new LinkedHashMap<>();

    NamedEnums(Names names) {
        this.names = names;
    }

    /** Records and returns the enum type {@code column} uses, or returns {@code null} when it uses none. */
    EnumType register(Column column) {
        Value value = column.getValue();
        if (!(value instanceof BasicValue) || ((BasicValue) value).getResolution() == null) {
            return null;
        }
        BasicValue.Resolution<?> resolution = ((BasicValue) value).getResolution();
        int code = resolution.getJdbcType().getDefaultSqlTypeCode();
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM) {
            return null;
        }
        Class<?> javaType = resolution.getDomainJavaType().getJavaTypeClass();
        if (!javaType.isEnum()) {
            return null;
        }
        String[] values = Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .toArray(String[]::new);
        if (code == SqlTypes.NAMED_ENUM) {
            Arrays.sort(values);
        }
        EnumType type = new EnumType(QualifiedName.of(names.of(javaType.getSimpleName())), List.of(values));
        found.putIfAbsent(type.name(), type);
        return type;
    }

    /** Every enum type registered so far, sorted by name. */
    List<EnumType> all() {
        List<EnumType> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing(EnumType::name));
        return result;
    }
}
