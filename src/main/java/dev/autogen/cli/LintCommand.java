package dev.autogen.cli;

import dev.autogen.lint.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code autogen lint}: reports risky operations in the revisions not applied to the database yet (all
 * revisions when it cannot be reached); exits 1 while a finding is not acknowledged.
 */
@Command(name = "lint", description = {
        "Report risky operations in pending revisions (all revisions when the database cannot be reached):"
                + " drop-table, drop-column, narrowing-type, not-null-existing-column, not-null-without-default,"
                + " unique-on-existing-table, check-on-existing-table, foreign-key-on-existing-table,"
                + " volatile-default, rename-in-use, constraint-without-not-valid, non-concurrent-index,"
                + " missing-lock-timeout. Acknowledge an accepted finding on the revision class with"
                + " @Acknowledge(rule = \"...\", reason = \"...\"). --format sarif or github puts each finding on the"
                + " line of the revision's source whose op call wrote it.",
        "Exit 0 when every finding is acknowledged (or there is none), 1 otherwise."})
final class LintCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = ReportFormat.DESCRIPTION)
    ReportFormat format;

    LintCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<Finding> findings = autogen().lint();
        Output out = output();
        if (format.ci()) {
            CiAnnotations.print(out, format, CiAnnotations.rules(), findings.stream()
                    .map(f -> CiAnnotations.of(f, context.workingDir())).toList());
            return LintOutput.failing(findings) ? 1 : 0;
        }
        if (format == ReportFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", !LintOutput.failing(findings));
            m.put("findings", LintOutput.json(findings));
            out.result(Json.write(m));
            return LintOutput.failing(findings) ? 1 : 0;
        }
        int code = LintOutput.print(out, findings);
        if (findings.isEmpty()) {
            out.info("OK: no risky operation in the pending revisions.");
        }
        return code;
    }
}
