package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.apply.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code autogen stamp REV [--purge]}: records a revision as applied without running anything. */
@Command(name = "stamp", description = "Record REV as the database's revision without running any migration (for a schema that is already there). Warns and lists the differences when the database does not match the schema the revisions build up to REV.")
final class StampCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REV", description = "A revision id, head, heads or base.")
    String rev;

    @Option(names = "--purge", description = "Empty the version table first (needed when it names unknown revisions).")
    boolean purge;

    @picocli.CommandLine.Mixin
    TenantOptions tenants = new TenantOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json, for a run on tenants (default: ${DEFAULT-VALUE}).")
    Format format;

    StampCommand(Context context) {
        super(context);
    }

    @Option(names = "--force", description = "Do not compare the database with the schema the revisions build up to REV.")
    boolean force;

    @Override
    public Integer call() {
        Autogen autogen = autogen();
        Output out = output();
        if (tenants.fleet()) {
            return tenants.run(autogen, out, format, "stamp", false, false, t -> {
                RunResult run = t.runner().stamp(rev, purge);
                return new dev.autogen.Fleet.Outcome(run.before(), run.after(), true, "stamped");
            });
        }
        if (!force && !rev.equals("base")) {
            Plan differences = autogen.stampDifferences(rev);
            if (!differences.isEmpty()) {
                out.warn("The database's schema differs from the one the revisions build up to " + rev + ";"
                        + " stamping anyway. Review these differences (the operations that would take the revisions'"
                        + " schema to this database), then write a revision for them or fix the database:");
                for (Operation op : differences.operations()) {
                    out.warn("difference: " + autogen.describe(op));
                }
            }
        }
        RunResult r = autogen.runner().stamp(rev, purge);
        out.info("Stamped: the database is at " + UpgradeCommand.heads(r.after()) + ".");
        return 0;
    }
}
