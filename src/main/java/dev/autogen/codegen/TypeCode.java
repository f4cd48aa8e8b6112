package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.model.ColumnType;

import java.util.List;

/** A column type as the revision writes it: {@code BIGINT}, {@code varchar(40)}, {@code postgresql("jsonb")}. */
final class TypeCode {
    static final ClassName TYPES = ClassName.get("dev.autogen.runtime", "Types");
    private static final List<String> NAMED_DIALECTS = List.of("postgresql", "mariadb", "h2");

    private TypeCode() {
    }

    static CodeBlock of(ColumnType type) {
        if (!type.isPortable()) {
            // members named in the format itself, so JavaPoet writes them through the static import
            return NAMED_DIALECTS.contains(type.dialect())
                    ? CodeBlock.of("$T." + type.dialect() + "($S)", TYPES, type.name())
                    : CodeBlock.of("$T.only($S, $S)", TYPES, type.dialect(), type.name());
        }
        if (type.name().equals("enumOf")) {
            CodeBlock.Builder args = CodeBlock.builder().add("$L", type.size(0, 255));
            type.values().forEach(v -> args.add(",$W$S", v));
            return CodeBlock.of("$T.enumOf($L)", TYPES, args.build());
        }
        if (type.sizes().isEmpty()) {
            return CodeBlock.of("$T." + type.name().toUpperCase(java.util.Locale.ROOT), TYPES);
        }
        CodeBlock sizes = type.sizes().stream().map(s -> CodeBlock.of("$L", s)).collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T." + type.name() + "($L)", TYPES, sizes);
    }
}
