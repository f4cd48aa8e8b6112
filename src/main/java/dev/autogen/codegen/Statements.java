package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.model.Column;
import dev.autogen.model.IdentityOptions;
import dev.autogen.model.QualifiedName;

import java.util.List;

/** Small JavaPoet pieces of {@code Op} calls: receivers, argument lists, literals and whole statements. */
final class Statements {
    static final ClassName DDL = ClassName.get("dev.autogen.runtime", "Ddl");
    static final ClassName LIST = ClassName.get(List.class);

    private Statements() {
    }

    /** {@code op}, or {@code op.schema("s")} for an object in an explicit schema. */
    static CodeBlock on(QualifiedName name) {
        return name.schema() == null ? CodeBlock.of("op") : CodeBlock.of("op.schema($S)", name.schema());
    }

    /** {@code , "a", "b"}: trailing string arguments. {@code $W} lets JavaPoet wrap a line past 100 columns. */
    static CodeBlock strings(List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (String value : values) {
            code.add(",$W$S", value);
        }
        return code.build();
    }

    static CodeBlock listOf(List<String> values) {
        return CodeBlock.of("$T.of($L)", LIST,
                values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(",$W")));
    }

    /**
     * A string literal for free text (messages, comments, SQL). Like {@code $S}, except that U+2028 and U+2029 are
     * written as {@code "\\u2028"}: JavaPoet breaks lines at them, which would cut the literal in two.
     */
    static CodeBlock text(String value) {
        if (value == null || (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0)) {
            return CodeBlock.of("$S", value);
        }
        List<CodeBlock> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    parts.add(CodeBlock.of("$S", value.substring(start, i)));
                }
                parts.add(CodeBlock.of("$L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\""));
                start = i + 1;
            }
        }
        if (start < value.length()) {
            parts.add(CodeBlock.of("$S", value.substring(start)));
        }
        return CodeBlock.join(parts, " + ");
    }

    static CodeBlock longLiteral(long value) {
        return value == (int) value ? CodeBlock.of("$L", value) : CodeBlock.of("$LL", value);
    }

    static CodeBlock statement(CodeBlock call, CodeBlock... chain) {
        return statement(call, List.of(chain));
    }

    /** A call with its chained call on the same line (wrapped when long) when there is at most one, else one per line. */
    static CodeBlock statement(CodeBlock call, List<CodeBlock> chain) {
        if (chain.size() > 1) {
            return chainedLines(call, chain);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$[").add(call);
        chain.forEach(link -> code.add("$Z").add(link));
        return code.add(";\n$]").build();
    }

    static CodeBlock chainedLines(CodeBlock call, List<CodeBlock> chain) {
        CodeBlock.Builder code = CodeBlock.builder().add("$[").add(call);
        for (CodeBlock link : chain) {
            code.add("\n").add(link);
        }
        return code.add(";\n$]").build();
    }

    /** {@code column("name", type).notNull()...}: a column as {@code createTable} and {@code addColumn} take it. */
    static CodeBlock columnDef(Column column, CodeBlock type) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $L)", DDL, column.name(), type);
        if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.defaultValue() != null) {
            code.add(".defaultValue($L)", text(column.defaultValue()));
        }
        if (column.identity() && column.identityOptions() != null) {
            IdentityOptions o = column.identityOptions();
            code.add(".identity($LL, $LL, $L)", o.start(), o.increment(), o.cycle());
        } else if (column.identity()) {
            code.add(".identity()");
        }
        if (column.comment() != null) {
            code.add(".comment($L)", text(column.comment()));
        }
        if (column.generated() != null) {
            code.add(".generated($S)", column.generated());
        }
        if (column.collation() != null) {
            code.add(".collate($S)", column.collation());
        }
        return code.build();
    }
}
