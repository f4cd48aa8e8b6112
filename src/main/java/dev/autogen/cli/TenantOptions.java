package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.error.ErrorKind;
import dev.autogen.Fleet;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The fleet options of {@code upgrade}, {@code downgrade}, {@code current}, {@code check} and {@code stamp}. */
final class TenantOptions {
    @Option(names = "--all-tenants", description = "Run on every tenant of the 'tenants' setting.")
    boolean allTenants;

    @Option(names = "--tenant", paramLabel = "NAME", description = "Run on one tenant: a schema (MariaDB: database) or a JDBC URL.")
    String tenant;

    @Option(names = "--tenants-from", paramLabel = "FILE", description = "Run on the tenants listed in FILE: JDBC URLs or schema names, one per line.")
    Path tenantsFrom;

    @Option(names = "--parallel", paramLabel = "N", description = "Tenants run at once (default: " + Fleet.DEFAULT_PARALLEL + ").")
    int parallel = Fleet.DEFAULT_PARALLEL;

    @Option(names = "--fail-fast", description = "Stop starting tenants once one fails (default: every tenant runs).")
    boolean failFast;

    /** Whether a fleet option was given. */
    boolean fleet() {
        return allTenants || tenant != null || tenantsFrom != null;
    }

    /**
     * Runs {@code work} on the tenants, prints one line per tenant as it finishes and a summary table (or JSON),
     * and returns the exit code: 0 when every tenant succeeded, else the first failure's.
     */
    int run(Autogen base, Output out, Format format, String verb, boolean createSchemas, boolean entities,
            Fleet.Work work) {
        Fleet fleet = base.fleet();
        List<Fleet.Tenant> tenants = fleet.tenants(tenant, tenantsFrom == null ? null
                : base.settings().baseDir().resolve(tenantsFrom));
        boolean json = format == Format.JSON;
        if (!json) {
            out.info(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " on " + tenants.size() + " tenant"
                    + (tenants.size() == 1 ? "" : "s") + ", " + Math.min(parallel, tenants.size()) + " at a time.");
        }
        int[] finished = {0};
        // on a terminal a progress bar (me.tongfei:progressbar) shows the run; elsewhere one plain line per tenant
        me.tongfei.progressbar.ProgressBar bar = !json && !out.quiet() && System.console() != null
                ? new me.tongfei.progressbar.ProgressBarBuilder().setTaskName(verb).setInitialMax(tenants.size())
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()
                : null;
        List<Fleet.TenantResult> results;
        try {
            results = fleet.run(tenants, parallel, failFast, createSchemas, entities, work, r -> {
                finished[0]++;
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(r.tenant() + " " + status(r));
                    if (!r.ok() && !r.skipped()) {
                        out.warn(r.tenant() + ": " + r.detail());
                    }
                } else if (!json) {
                    out.info("[" + finished[0] + "/" + tenants.size() + "] " + r.tenant() + ": " + status(r) + " ("
                            + r.took().toMillis() + " ms)" + (r.ok() ? "" : ": " + r.detail()));
                }
            });
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        long failed = results.stream().filter(r -> !r.ok() && !r.skipped()).count();
        long skipped = results.stream().filter(Fleet.TenantResult::skipped).count();
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (Fleet.TenantResult r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tenant", r.tenant());
                m.put("from", new ArrayList<>(new TreeSet<>(r.from())));
                m.put("to", new ArrayList<>(new TreeSet<>(r.to())));
                m.put("millis", r.took().toMillis());
                m.put("result", status(r));
                m.put("detail", r.detail());
                rows.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", failed == 0 && skipped == 0);
            m.put("tenants", rows);
            out.result(Json.write(m));
        } else {
            table(out, results);
            out.info(results.size() - failed - skipped + " of " + results.size() + " tenants succeeded"
                    + (failed > 0 ? ", " + failed + " failed" : "") + (skipped > 0 ? ", " + skipped + " skipped" : "")
                    + (failed > 0 ? "; rerun the same command to pick up where they stopped." : "."));
        }
        return Fleet.failure(results).map(ErrorKind::exitCode)
                .orElse(skipped > 0 ? ErrorKind.MIGRATION_FAILED.exitCode() : 0);
    }

    private static String status(Fleet.TenantResult r) {
        return r.skipped() ? "skipped" : r.ok() ? "ok" : r.kind() == ErrorKind.CHECK_FAILED ? "differs" : "failed";
    }

    private static void table(Output out, List<Fleet.TenantResult> results) {
        int width = Math.max(6, results.stream().mapToInt(r -> r.tenant().length()).max().orElse(6));
        String format = "%-" + width + "s  %-14s  %-14s  %8s  %s";
        out.result(String.format(format, "tenant", "from", "to", "time", "result"));
        for (Fleet.TenantResult r : results) {
            out.result(String.format(format, r.tenant(), heads(r.from()), heads(r.to()), r.took().toMillis() + " ms",
                    status(r)).stripTrailing());
        }
    }

    private static String heads(java.util.Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(",", new TreeSet<>(heads));
    }
}
