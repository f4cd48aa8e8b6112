package dev.autogen.cli;

import dev.autogen.runtime.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code autogen stamp REV [--purge]}: records a revision as applied without running anything. */
@Command(name = "stamp", description = "Record REV as the database's revision without running any migration (for a schema that is already there).")
final class StampCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REV", description = "A revision id, head, heads or base.")
    String rev;

    @Option(names = "--purge", description = "Empty the version table first (needed when it names unknown revisions).")
    boolean purge;

    StampCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        RunResult r = autogen().runner().stamp(rev, purge);
        output().info("Stamped: the database is at " + UpgradeCommand.heads(r.after()) + ".");
        return 0;
    }
}
