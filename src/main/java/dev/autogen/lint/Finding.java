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
 */
public record Finding(String revision, LintRule rule, String object, String message, String acknowledgement) {
    public Finding {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    public boolean acknowledged() {
        return acknowledgement != null;
    }
}
