package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Risk;
import dev.autogen.history.LoadedRevision;
import dev.autogen.runtime.Op;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code autogen show REV}: one revision with what its upgrade and downgrade do. Needs no database. */
@Command(name = "show", description = "Show one revision and the operations of its upgrade and downgrade (no database needed).")
final class ShowCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REV", description = "A revision id, unique prefix, head or LABEL@head.")
    String rev;

    ShowCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Autogen autogen = offline();
        RevisionGraph graph = autogen.graph();
        Set<String> ids = graph.resolve(rev);
        if (ids.size() != 1) {
            throw new AutogenException(ErrorKind.REVISION, "'" + rev + "' names " + ids.size() + " revisions ("
                    + String.join(", ", ids) + "); name one.");
        }
        RevisionInfo info = graph.get(ids.iterator().next());
        LoadedRevision loaded = autogen.revisions().stream().filter(r -> r.id().equals(info.id())).findFirst().orElseThrow();
        Output out = output();
        out.result(RevisionText.verbose(graph, info, Set.of()));
        Op up = new Op();
        loaded.migration().upgrade(up);
        Op down = new Op();
        loaded.migration().downgrade(down);
        out.result("Upgrade:");
        print(out, autogen, up);
        out.result("Downgrade:");
        print(out, autogen, down);
        return 0;
    }

    private static void print(Output out, Autogen autogen, Op op) {
        if (op.plan().isEmpty()) {
            out.result("    (nothing)");
        }
        Function<Operation, List<Risk>> risks = autogen.risks(op.plan());
        for (Operation o : op.plan().operations()) {
            out.result("    " + autogen.describe(o) + risks.apply(o).stream().map(r -> "  [" + r.line() + "]")
                    .collect(Collectors.joining()));
        }
    }
}
