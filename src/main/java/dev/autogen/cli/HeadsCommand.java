package dev.autogen.cli;

import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code autogen heads}: the newest revision of every branch. Needs no database. */
@Command(name = "heads", description = "Show the head revision(s): the newest of every branch (no database needed).")
final class HeadsCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    HeadsCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        RevisionGraph graph = offline().graph();
        Output out = output();
        if (format == Format.JSON) {
            out.result(Json.write(Map.of("heads", graph.heads().stream().map(r -> RevisionText.json(graph, r, Set.of())).toList())));
            return 0;
        }
        if (graph.heads().isEmpty()) {
            out.info("No revisions yet: run 'autogen -m \"initial schema\"' to write the first.");
        }
        for (RevisionInfo r : graph.heads()) {
            out.result(global().verbose ? RevisionText.verbose(graph, r, Set.of()) : r.id() + " (head), " + r.message());
        }
        if (graph.heads().size() > 1) {
            out.info(graph.heads().size() + " heads: merge them with 'autogen merge -m \"merge\" "
                    + String.join(" ", graph.heads().stream().map(RevisionInfo::id).toList()) + "'.");
        }
        return 0;
    }
}
