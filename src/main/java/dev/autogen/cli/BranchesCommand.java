package dev.autogen.cli;

import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.Command;

import java.util.Set;
import java.util.concurrent.Callable;

/** {@code autogen branches}: revisions where the history forks. Needs no database. */
@Command(name = "branches", description = "Show branch points: revisions with more than one child (no database needed).")
final class BranchesCommand extends DatabaseCommand implements Callable<Integer> {
    BranchesCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        RevisionGraph graph = offline().graph();
        Output out = output();
        if (graph.branches().isEmpty()) {
            out.info("No branches: the history is linear.");
        }
        for (RevisionInfo r : graph.branches()) {
            out.result(RevisionText.line(graph, r, Set.of()));
            for (RevisionInfo child : graph.children(r.id())) {
                out.result("    -> " + child.id() + (graph.heads().contains(child) ? " (head)" : "") + ", " + child.message());
            }
        }
        return 0;
    }
}
