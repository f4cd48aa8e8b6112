package dev.autogen.cli;

import dev.autogen.export.OfflineScript;
import dev.autogen.apply.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code autogen downgrade TARGET [--sql]}. */
@Command(name = "downgrade", description = "Undo revisions down to TARGET: -N, base, a revision id or unique prefix. With --sql, print the script instead (FROM:TO ranges) without connecting.")
final class DowngradeCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", description = "Where to go: -1, base, or a revision.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script (with version-table statements) instead of running it.")
    boolean sql;

    @picocli.CommandLine.Mixin
    TenantOptions tenants = new TenantOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json, for a run on tenants (default: ${DEFAULT-VALUE}).")
    Format format;

    DowngradeCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Output out = output();
        if (sql) {
            String range = target;
            if (!range.contains(":")) {
                // like 'downgrade -1 --sql' in the migration guide: offline there is no database to ask, so start at head
                range = "head:" + target;
                out.info("No FROM:TO range given: assuming the database is at head (" + range + ").");
            }
            out.out().print(OfflineScript.downgrade(offline().runner(), range));
            out.out().flush();
            return 0;
        }
        dev.autogen.Autogen a = autogen();
        requireMigrations(a);
        if (tenants.fleet()) {
            return tenants.run(a, out, format, "downgrade", false, false, t -> {
                RunResult run = t.runner().downgrade(target);
                return new dev.autogen.Fleet.Outcome(run.before(), run.after(), true, run.revisions().size() + " undone");
            });
        }
        RunResult r = a.runner().downgrade(target);
        UpgradeCommand.report(out, r, "downgrade");
        return 0;
    }
}
