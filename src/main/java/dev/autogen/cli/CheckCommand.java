package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code autogen check}: exits 0 when the database is at head, no applied revision was edited, and the entities
 * match the database; 1 otherwise, listing what differs.
 */
@Command(name = "check", description = "Fail (exit 1) when revisions are pending, an applied revision was edited, or the entities differ from the database.")
final class CheckCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    CheckCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Autogen autogen = autogen();
        Runner runner = autogen.runner();
        List<RevisionInfo> pending = runner.pending();
        List<String> edited = runner.editedRevisions();
        Plan diff = pending.isEmpty() ? autogen.diff() : Plan.empty();
        boolean ok = pending.isEmpty() && edited.isEmpty() && diff.isEmpty();
        Output out = output();
        if (format == Format.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", ok);
            m.put("pending", pending.stream().map(r -> Map.of("id", r.id(), "message", r.message())).toList());
            m.put("edited", edited);
            List<Object> diffs = new ArrayList<>();
            for (Operation op : diff.operations()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("kind", op.getClass().getSimpleName());
                d.put("detail", autogen.describe(op));
                d.put("dataLoss", autogen.dataLoss(op).isPresent());
                d.put("dataLossDetail", autogen.dataLoss(op).orElse(null));
                diffs.add(d);
            }
            m.put("differences", diffs);
            out.result(Json.write(m));
            return ok ? 0 : 1;
        }
        for (RevisionInfo r : pending) {
            out.result("pending revision: " + r.id() + ", " + r.message());
        }
        for (String id : edited) {
            out.result("edited after it was applied: " + id + " (its checksum differs from the one recorded)");
        }
        for (Operation op : diff.operations()) {
            out.result("difference: " + autogen.describe(op) + autogen.dataLoss(op).map(s -> " [DATA LOSS: " + s + "]").orElse(""));
        }
        if (ok) {
            out.info("OK: the database is at head and matches the entities.");
            return 0;
        }
        if (!pending.isEmpty()) {
            out.info("Run 'autogen upgrade head' to apply the pending revisions.");
        }
        if (!diff.isEmpty()) {
            out.info("The entities differ from the database: run 'autogen -m \"...\"' to write a revision.");
        }
        return 1;
    }
}
