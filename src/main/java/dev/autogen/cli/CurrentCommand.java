package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.apply.DatabaseState;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;
import dev.autogen.apply.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code autogen current}: the revision(s) the database is at. */
@Command(name = "current", description = "Show the revision(s) the database is at.")
final class CurrentCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    TenantOptions tenants = new TenantOptions();

    CurrentCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Autogen autogen = autogen();
        if (tenants.fleet()) {
            return tenants.run(autogen, output(), format, "current", false, false, t -> {
                Set<String> at = t.runner().current();
                return new dev.autogen.Fleet.Outcome(at, at, true, UpgradeCommand.heads(at));
            });
        }
        Runner runner = autogen.runner();
        RevisionGraph graph = runner.graph();
        DatabaseState state = runner.state();
        Set<String> current = new TreeSet<>(state.heads());
        Output out = output();
        if (format == Format.JSON) {
            List<Object> revs = new ArrayList<>();
            for (String id : current) {
                revs.add(graph.find(id).map(r -> (Object) RevisionText.json(graph, r, current)).orElse(Map.of("id", id)));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("database", autogen.displayUrl());
            m.put("current", revs);
            m.put("problems", state.problems());
            out.result(Json.write(m));
            return 0;
        }
        if (global().verbose) {
            out.info("Database: " + autogen.displayUrl());
        }
        if (current.isEmpty()) {
            out.info("The database is at base: no revision applied.");
        }
        for (String id : current) {
            if (graph.find(id).isEmpty()) {
                out.result(id + " (no revision file has it)");
            } else if (global().verbose) {
                out.result(RevisionText.verbose(graph, graph.get(id), current));
            } else {
                List<String> tags = RevisionText.tags(graph, graph.get(id), Set.of());
                out.result(id + (tags.isEmpty() ? "" : " (" + String.join(") (", tags) + ")") + ", "
                        + graph.get(id).message());
            }
        }
        for (dev.autogen.apply.Interruption i : state.interruptions()) {
            out.result(i.revision().id() + " (interrupted " + i.direction().command() + ", after operation " + i.done()
                    + " of " + i.operations().size() + "), " + i.revision().message());
        }
        for (RevisionInfo r : graph.revisions()) {
            if (state.unrecordedBelow().contains(r.id())) {
                out.result(r.id() + " (not applied, below an applied revision), " + r.message());
            }
        }
        state.problems().forEach(out::warn);
        return 0;
    }
}
