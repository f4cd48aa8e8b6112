package dev.autogen.cli;

import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code autogen repair}: brings the version table back in line with the revision files. */
@Command(name = "repair", description = {
        "Bring the version table back in line with the revision files, like Flyway's repair: clear the mark of an"
                + " interrupted revision (after you undid what it did, so 'upgrade' runs it again from the start),"
                + " delete the rows of revisions no revision file has, and record the current checksums of applied"
                + " revisions that were edited.",
        "Runs no revision. Exit 0 also when there was nothing to repair."})
final class RepairCommand extends DatabaseCommand implements Callable<Integer> {
    RepairCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<String> done = autogen().runner().repair();
        Output out = output();
        done.forEach(out::result);
        if (done.isEmpty()) {
            out.info("Nothing to repair: the version table matches the revision files.");
        }
        return 0;
    }
}
