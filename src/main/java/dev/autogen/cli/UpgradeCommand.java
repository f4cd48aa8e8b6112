package dev.autogen.cli;

import dev.autogen.export.OfflineScript;
import dev.autogen.Autogen;
import dev.autogen.apply.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code autogen upgrade TARGET [--sql]}. */
@Command(name = "upgrade", description = "Apply revisions up to TARGET: head, heads, +N, a revision id or unique prefix, LABEL@head. With --sql, print the script instead (FROM:TO ranges allowed) without connecting.")
final class UpgradeCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", defaultValue = "head", description = "Where to go (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--sql", description = "Print the SQL script (with version-table statements) instead of running it.")
    boolean sql;

    @Option(names = "--explain", description = "With --sql, write above each operation's statements the table lock it"
            + " takes and whether it rewrites or scans the table (PostgreSQL).")
    boolean explain;

    @picocli.CommandLine.Mixin
    TenantOptions tenants = new TenantOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json, for a run on tenants (default: ${DEFAULT-VALUE}).")
    Format format;

    UpgradeCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Output out = output();
        if (explain && !sql) {
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.USAGE, "--explain describes the statements of"
                    + " the script --sql prints; give both ('autogen upgrade head --sql --explain').");
        }
        if (sql) {
            Autogen a = offline();
            requireMigrations(a);
            out.out().print(OfflineScript.upgrade(a.runner(), target, explain));
            out.out().flush();
            return 0;
        }
        Autogen a = autogen();
        warnIfNoMigrations(a, out);
        if (tenants.fleet()) {
            // a missing tenant schema is created, as the first upgrade of a new tenant needs
            return tenants.run(a, out, format, "upgrade", true, false, t -> {
                RunResult run = t.runner().upgrade(target);
                return new dev.autogen.Fleet.Outcome(run.before(), run.after(), true, run.revisions().size() + " applied");
            });
        }
        RunResult r = a.runner().upgrade(target);
        report(out, r, "upgrade");
        return 0;
    }

    static void report(Output out, RunResult r, String verb) {
        if (r.nothingToDo()) {
            out.info("Nothing to " + verb + ": the database is at " + heads(r.after()) + ".");
        } else {
            out.info(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "d " + r.revisions().size()
                    + " revision" + (r.revisions().size() == 1 ? "" : "s") + "; the database is at " + heads(r.after()) + ".");
        }
    }

    static String heads(java.util.Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(heads));
    }
}
