package dev.autogen.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Risk;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The revision class's Javadoc (message, identity, notes, list of changes) and its {@code @Revision} annotation. */
final class RevisionHeader {
    private static final ClassName REVISION = ClassName.get("dev.autogen.runtime", "Revision");

    private RevisionHeader() {
    }

    static String created(RevisionSpec spec) {
        return DateTimeFormatter.ISO_INSTANT.format(spec.created());
    }

    static AnnotationSpec annotation(RevisionSpec spec) {
        AnnotationSpec.Builder revision = AnnotationSpec.builder(REVISION).addMember("id", "$S", spec.id());
        addArray(revision, "parents", spec.parents());
        revision.addMember("message", "$L", Statements.text(spec.message())).addMember("created", "$S", created(spec));
        addArray(revision, "branchLabels", spec.branchLabels());
        addArray(revision, "dependsOn", spec.dependsOn());
        // names are Hibernate's physical names, folded by each database when the revision runs
        revision.addMember("portable", "true");
        if (spec.online()) {
            // written with the online plan: each transaction gets the online lock and statement timeouts
            revision.addMember("online", "true");
        }
        return revision.build();
    }

    /** Nothing when empty, {@code "a"} for one value, {@code {"a", "b"}} on one line for several. */
    private static void addArray(AnnotationSpec.Builder annotation, String member, List<String> values) {
        if (values.size() == 1) {
            annotation.addMember(member, "$S", values.get(0));
        } else if (values.size() > 1) {
            annotation.addMember(member, "{$L}",
                    values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
        }
    }

    static CodeBlock javadoc(RevisionSpec spec, Function<Operation, String> summary) {
        StringBuilder text = new StringBuilder();
        text.append(spec.message().isBlank() ? "(no message)" : escape(spec.message().strip())).append("\n\n");
        text.append("<p>Revision ").append(escape(spec.id())).append(", ").append(parents(spec.parents()))
                .append(", created ").append(created(spec)).append(" by autogen.\n");
        if (!spec.branchLabels().isEmpty()) {
            text.append("\n<p>Branch labels: ").append(escape(String.join(", ", spec.branchLabels()))).append(".\n");
        }
        if (!spec.dependsOn().isEmpty()) {
            text.append("\n<p>Depends on: ").append(escape(String.join(", ", spec.dependsOn()))).append(".\n");
        }
        for (String note : spec.notes()) {
            text.append("\n<p>").append(escape(note)).append('\n');
        }
        if (spec.upgrade().isEmpty()) {
            text.append("\n<p>No schema changes were recorded: write the changes by hand.\n");
        } else {
            text.append("\n<p>Changes:\n<ul>\n");
            for (Operation op : spec.upgrade().operations()) {
                text.append("  <li>");
                spec.risks().apply(op).stream().map(Risk::kind).distinct()
                        .forEach(kind -> text.append("<b>").append(kind.label()).append("</b>: "));
                text.append(escape(summary.apply(op))).append("</li>\n");
            }
            text.append("</ul>\n");
        }
        return CodeBlock.of("$L", text);
    }

    private static String parents(List<String> parents) {
        if (parents.isEmpty()) {
            return "a root revision";
        }
        if (parents.size() == 1) {
            return "parent " + escape(parents.get(0));
        }
        return "merging parents " + escape(String.join(", ", parents.subList(0, parents.size() - 1)))
                + " and " + escape(parents.get(parents.size() - 1));
    }

    /**
     * Text safe inside a Javadoc comment: HTML special characters as entities, no comment end, no tag or unicode
     * escape (javac reads {@code \}{@code u} sequences even in comments), no carriage returns.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;")
                .replace("\r\n", "\n")
                .replace('\r', '\n');
    }

    /** Text safe on one {@code //} comment line: no line breaks, backslashes doubled so no unicode escape forms. */
    static String lineComment(String text) {
        return text.replace("\\", "\\\\").replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
