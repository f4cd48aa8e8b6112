package dev.autogen.lint;

import java.util.Objects;

/**
 * One risky operation in a revision's upgrade.
 *
 * @param revision        the revision id
 * @param rule            the rule that found it
 * @param object          the table, column or index it touches ({@code orders.note})
 * @param message         one sentence saying what is risky
 * @param acknowledgement the reason given in {@code @Acknowledge}, or {@code null} when not acknowledged
 * @param source          the revision's source file as loaded (or its class name), where CI annotates the finding
 * @param sourceLine      the line of {@code source} whose {@code op} call recorded the operation; 0 when unknown
 */
public record Finding(String revision, LintRule rule, String object, String message, String acknowledgement,
                      String source, int sourceLine) {
    public Finding {
        Objects.requireNonNull(revision, "revision");
        source = source == null ? revision : source;
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /** True when this finding fails {@code check} and {@code lint}: it is not acknowledged, nor advisory. */
    public boolean failing() {
        return !acknowledged() && !rule.advisory();
    }

    /** {@code drop-column in 3f2a1c (orders.note): drops column ...}, with the reason when acknowledged. */
    public String line() {
        String base = rule.id() + " in " + revision + " (" + object + "): " + message;
        return acknowledged() ? base + " [acknowledged: " + acknowledgement + "]"
                : rule.advisory() ? base + " [advisory: does not fail the check]" : base;
    }
}
