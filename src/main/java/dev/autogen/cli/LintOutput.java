package dev.autogen.cli;

import dev.autogen.lint.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code lint} and {@code check} show lint findings, as text lines and as JSON objects. */
final class LintOutput {
    private LintOutput() {
    }

    static boolean failing(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::failing);
    }

    /** {@code drop-column in 3f2a1c (orders.note): drops column ...}, with the reason when acknowledged. */
    static String line(Finding f) {
        return f.line();
    }

    static Map<String, Object> json(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", f.revision());
        m.put("rule", f.rule().id());
        m.put("object", f.object());
        m.put("message", f.message());
        m.put("acknowledged", f.acknowledged());
        m.put("reason", f.acknowledgement());
        return m;
    }

    static List<Object> json(List<Finding> findings) {
        return findings.stream().<Object>map(LintOutput::json).toList();
    }

    /** Prints the findings as text; returns the exit code (1 when one is not acknowledged). */
    static int print(Output out, List<Finding> findings) {
        for (Finding f : findings) {
            out.result("lint: " + line(f));
        }
        if (failing(findings)) {
            out.info("Review the risky operations; acknowledge an accepted one on the revision class with"
                    + " @Acknowledge(rule = \"...\", reason = \"...\").");
            return 1;
        }
        return 0;
    }
}
