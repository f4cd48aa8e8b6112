package dev.autogen.cli;

import dev.autogen.usecase.RevisionOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code autogen merge -m MSG REV REV...}: a revision that joins branches. */
@Command(name = "merge", description = "Write a merge revision whose parents are the given revisions (usually the heads).")
final class MergeCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revisions to merge: ids, unique prefixes, or 'heads' for all heads.")
    List<String> revisions;

    MergeCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        RevisionOutcome outcome = offline().merge(message, revisions);
        java.nio.file.Path file = outcome.file().orElseThrow();
        java.nio.file.Path shown = file.startsWith(context.workingDir()) ? context.workingDir().relativize(file) : file;
        output().result("Generated " + shown + " (revision " + outcome.id() + ", merging "
                + String.join(", ", outcome.parents()) + ")");
        return 0;
    }
}
