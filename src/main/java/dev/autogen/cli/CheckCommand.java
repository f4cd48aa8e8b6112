package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.usecase.CheckResult;
import dev.autogen.error.ErrorKind;
import dev.autogen.usecase.ReplayResult;
import dev.autogen.lint.ObjectNames;
import dev.autogen.operation.Plan;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code autogen check}: exits 0 when the database is at head, no applied revision was edited, the entities
 * match the database and lint finds nothing unacknowledged in pending revisions; 1 otherwise, listing what differs.
 * With {@code --replay} the schema is built from the revisions alone on a scratch database instead, and the
 * newest revision must round-trip.
 */
@Command(name = "check", description = {
        "Fail when revisions are pending, an applied revision was edited, the entities differ from the database,"
                + " or lint finds an unacknowledged risky operation in a pending revision. With --replay, build the"
                + " schema from the revisions alone on a scratch database (dropped afterwards), compare it with the"
                + " entities, and require every pending revision (or the newest, when none is) to upgrade, downgrade"
                + " to the same catalog, and upgrade again, on tables holding rows: a sample of the database's own,"
                + " or generated ones.",
        "Exit 0 when everything agrees, 1 otherwise."})
final class CheckCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = ReportFormat.DESCRIPTION)
    ReportFormat format;

    @Option(names = "--replay", description = "Replay every revision on a scratch database (next to dev_url when"
            + " configured, else a temporary one on the database's server) instead of checking the database itself.")
    boolean replay;

    @Option(names = "--strict", description = "Also fail on columns whose type autogen treats as equal to the"
            + " entities' without being the same (on MariaDB tinyint(1) and bit(1) are both boolean), listing them.")
    boolean strict;

    CheckCommand(Context context) {
        super(context);
    }

    @picocli.CommandLine.Mixin
    TenantOptions tenants = new TenantOptions();

    @Override
    public Integer call() {
        Autogen autogen = autogen();
        if (tenants.fleet()) {
            // each tenant against the entities: a tenant changed by hand, or behind the others, is reported
            if (format.ci()) {
                throw new dev.autogen.error.AutogenException(ErrorKind.USAGE, "check --format " + format.name().toLowerCase()
                        + " reports one database; for a fleet use --format json or text.");
            }
            return tenants.run(autogen, output(), format == ReportFormat.JSON ? Format.JSON : Format.TEXT, "check",
                    false, true, t -> {
                CheckResult r = replay ? t.checkReplay() : t.check();
                java.util.Set<String> at = t.runner().current();
                return new dev.autogen.Fleet.Outcome(at, at, r.ok(), r.ok() ? "matches the entities"
                        : String.join("; ", r.findings()));
            });
        }
        CheckResult result = replay ? autogen.checkReplay() : autogen.check();
        Optional<ReplayResult.RoundTrip> roundTrip = result.replay().flatMap(ReplayResult::roundTrip);
        Plan diff = result.drift();
        List<String> equivalences = strict && !replay ? autogen.typeEquivalences() : List.of();
        boolean ok = result.ok() && equivalences.isEmpty();
        int failed = ErrorKind.CHECK_FAILED.exitCode();
        Output out = output();
        if (format.ci()) {
            CiAnnotations.print(out, format, CiAnnotations.rules(CHECK_RULES), annotations(autogen, result, equivalences));
            return ok ? 0 : failed;
        }
        if (format == ReportFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", ok);
            m.put("mode", replay ? "replay" : "database");
            m.put("pending", result.pending().stream().map(r -> Map.of("id", r.id(), "message", r.message())).toList());
            m.put("edited", result.edited());
            m.put("problems", result.problems());
            m.put("differences", differences(autogen, diff));
            m.put("lint", LintOutput.json(result.lint()));
            if (strict) {
                m.put("equivalences", equivalences);
            }
            roundTrip.ifPresent(r -> m.put("roundTrip", roundTrip(autogen, r)));
            result.replay().ifPresent(r -> {
                m.put("roundTrips", r.roundTrips().stream().map(t -> roundTrip(autogen, t)).toList());
                m.put("emptyTables", r.emptyTables().stream().map(Object::toString).sorted().toList());
            });
            out.result(Json.write(m));
            return ok ? 0 : failed;
        }
        for (String p : result.problems()) {
            out.result("problem: " + p);
        }
        for (RevisionInfo r : result.pending()) {
            out.result("pending revision: " + r.id() + ", " + r.message());
        }
        for (String id : result.edited()) {
            out.result("edited after it was applied: " + id + " (its checksum differs from the one recorded)");
        }
        for (String d : result.differences()) {
            out.result("difference: " + d);
        }
        for (String e : equivalences) {
            out.result("equivalent, not the same: " + e);
        }
        roundTrip.filter(r -> !r.ok()).ifPresent(r -> out.result("round trip failed: " + roundTripText(autogen, r)));
        result.replay().map(ReplayResult::emptyTables).filter(t -> !t.isEmpty()).ifPresent(t -> out.info(
                "note: no generated row fitted " + t.stream().map(Object::toString).sorted().collect(
                        java.util.stream.Collectors.joining(", ")) + ", so the round trips ran on them empty."));
        LintOutput.print(out, result.lint());
        if (ok) {
            int trips = result.replay().map(r -> r.roundTrips().size()).orElse(0);
            out.info(replay ? "OK: the revisions build the entities' schema, and " + (trips == 0 ? "none is pending."
                    : (trips == 1 ? "the pending revision" : "each of the " + trips + " pending revisions")
                    + " round-trips on tables holding rows.")
                    : "OK: the database is at head and matches the entities.");
            return 0;
        }
        if (!result.pending().isEmpty()) {
            out.info("Run 'autogen upgrade head' to apply the pending revisions.");
        }
        if (!equivalences.isEmpty()) {
            out.info("--strict: change these columns to the entities' type by hand if you want the exact type.");
        }
        if (!diff.isEmpty()) {
            out.info((replay ? "The revisions do not build the entities' schema" : "The entities differ from the database")
                    + ": run 'autogen -m \"...\"' to write a revision.");
        }
        return failed;
    }

    /** The rules of check's findings besides lint's, for SARIF. */
    private static final CiAnnotations.Rule[] CHECK_RULES = {
            new CiAnnotations.Rule("problem", "an interrupted revision, or a recorded revision no file has, stops upgrades"),
            new CiAnnotations.Rule("pending-revision", "a revision is not applied to the database"),
            new CiAnnotations.Rule("edited-revision", "an applied revision was edited after it ran"),
            new CiAnnotations.Rule("drift", "the entities differ from the database (or from the schema the revisions"
                    + " build)"),
            new CiAnnotations.Rule("type-equivalence", "--strict: a column's type is equivalent to the entities',"
                    + " not the same"),
            new CiAnnotations.Rule("round-trip", "a revision's downgrade does not restore the schema, or it fails on"
                    + " rows")};

    /**
     * What the check found, for CI: each revision's findings on its source file (lint's on the line of the op call),
     * the others on the configuration file.
     */
    private List<CiAnnotations.Annotation> annotations(Autogen autogen, CheckResult result, List<String> equivalences) {
        java.nio.file.Path dir = context.workingDir();
        Map<String, String> sources = new LinkedHashMap<>();
        autogen.revisions().forEach(r -> sources.putIfAbsent(r.id(), r.info().source()));
        java.nio.file.Path config = dir.resolve(global().config != null ? global().config.toString()
                : dev.autogen.config.SettingsLoader.DEFAULT_FILE);
        String project = java.nio.file.Files.isRegularFile(config) ? CiAnnotations.file(config.toString(), dir) : null;
        List<CiAnnotations.Annotation> a = new java.util.ArrayList<>();
        for (String p : result.problems()) {
            a.add(new CiAnnotations.Annotation("problem", true, false, p, project, 0, null));
        }
        for (RevisionInfo r : result.pending()) {
            a.add(new CiAnnotations.Annotation("pending-revision", true, false, "pending revision: " + r.id() + ", "
                    + r.message() + "; run 'autogen upgrade head' to apply it", CiAnnotations.file(r.source(), dir), 0,
                    null));
        }
        for (String id : result.edited()) {
            a.add(new CiAnnotations.Annotation("edited-revision", true, false, "revision " + id + " was edited after it was"
                    + " applied (its checksum differs from the one recorded)", CiAnnotations.file(sources.get(id), dir),
                    0, null));
        }
        for (String d : result.differences()) {
            a.add(new CiAnnotations.Annotation("drift", true, false, "difference: " + d + "; run 'autogen -m \"...\"' to write"
                    + " a revision", project, 0, null));
        }
        for (String e : equivalences) {
            a.add(new CiAnnotations.Annotation("type-equivalence", true, false, "equivalent, not the same: " + e, project, 0,
                    null));
        }
        result.replay().ifPresent(replay -> replay.roundTrips().stream().filter(t -> !t.ok()).forEach(t -> a.add(
                new CiAnnotations.Annotation("round-trip", true, false, "round trip failed: " + roundTripText(autogen, t),
                        CiAnnotations.file(sources.get(t.revision()), dir), 0, null))));
        for (dev.autogen.lint.Finding f : result.lint()) {
            a.add(CiAnnotations.of(f, dir));
        }
        return a;
    }

    private static List<Object> differences(Autogen autogen, Plan plan) {
        return plan.operations().stream().<Object>map(op -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", op.getClass().getSimpleName());
            d.put("object", ObjectNames.of(op));
            d.put("detail", autogen.describe(op));
            d.put("dataLoss", autogen.dataLoss(op).isPresent());
            d.put("dataLossDetail", autogen.dataLoss(op).orElse(null));
            return d;
        }).toList();
    }

    private static Map<String, Object> roundTrip(Autogen autogen, ReplayResult.RoundTrip r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.revision());
        m.put("ok", r.ok());
        m.put("leftover", differences(autogen, r.leftover()));
        m.put("error", r.error());
        return m;
    }

    private static String roundTripText(Autogen autogen, ReplayResult.RoundTrip r) {
        if (r.error() != null) {
            return "revision " + r.revision() + ": " + r.error();
        }
        return "the downgrade of revision " + r.revision() + " does not restore the schema; it leaves: "
                + String.join("; ", r.leftover().operations().stream().map(autogen::describe).toList());
    }
}
