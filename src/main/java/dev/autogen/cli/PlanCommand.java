package dev.autogen.cli;

import dev.autogen.export.OfflineScript;
import dev.autogen.Autogen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code autogen plan [TARGET]}: what an upgrade would run from where the database is, with locks and sizes. */
@Command(name = "plan", description = "Show the SQL 'upgrade TARGET' would run from the revision the database is at,"
        + " each operation with the table lock it takes, whether it rewrites or scans the table, and the table's"
        + " estimated rows and size (PostgreSQL). Runs nothing.")
final class PlanCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", defaultValue = "head", description = "Where to go (default: ${DEFAULT-VALUE}).")
    String target;

    PlanCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Output out = output();
        Autogen a = autogen();
        requireMigrations(a);
        out.out().print(OfflineScript.plan(a.runner(), target));
        out.out().flush();
        return 0;
    }
}
