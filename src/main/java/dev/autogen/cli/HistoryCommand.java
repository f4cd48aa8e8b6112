package dev.autogen.cli;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code autogen history [-r A:B]}: revisions newest first. Needs no database. */
@Command(name = "history", description = "List revisions, newest first (no database needed).")
final class HistoryCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B", description = "Only revisions from A to B (either may be empty, base or head).")
    String range;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    HistoryCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        RevisionGraph graph = offline().graph();
        List<RevisionInfo> revisions = graph.history().stream().filter(inRange(graph)::contains).toList();
        Output out = output();
        if (format == Format.JSON) {
            out.result(Json.write(Map.of("revisions", revisions.stream().map(r -> RevisionText.json(graph, r, Set.of())).toList())));
            return 0;
        }
        for (RevisionInfo r : revisions) {
            out.result(global().verbose ? RevisionText.verbose(graph, r, Set.of()) : RevisionText.line(graph, r, Set.of()));
        }
        return 0;
    }

    private Set<RevisionInfo> inRange(RevisionGraph graph) {
        Set<RevisionInfo> all = new HashSet<>(graph.revisions());
        if (range == null) {
            return all;
        }
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new AutogenException(ErrorKind.USAGE, "-r takes a range A:B (for example base:head or 3f2a:), not '"
                    + range + "'.");
        }
        String from = range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        Set<String> keep = new HashSet<>(graph.revisions().stream().map(RevisionInfo::id).toList());
        if (!from.isEmpty() && !from.equals("base")) {
            Set<String> after = new HashSet<>();
            for (String id : graph.resolve(from)) {
                after.add(id);
                after.addAll(graph.descendants(id));
            }
            keep.retainAll(after);
        }
        if (!to.isEmpty() && !to.equals("head") && !to.equals("heads")) {
            Set<String> before = new HashSet<>();
            for (String id : graph.resolve(to)) {
                before.add(id);
                before.addAll(graph.ancestors(id));
            }
            keep.retainAll(before);
        }
        all.removeIf(r -> !keep.contains(r.id()));
        return all;
    }
}
