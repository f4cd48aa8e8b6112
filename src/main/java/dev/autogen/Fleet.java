package dev.autogen;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.error.Redaction;
import dev.autogen.config.Settings;
import dev.autogen.model.SchemaModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One command on many tenants: schemas of one database (PostgreSQL, H2), databases of one server (MariaDB), or
 * databases named by their JDBC URLs. Each tenant has its own version table and its own migration lock (the
 * version table sits in the tenant's schema), so tenants run side by side in a bounded pool and never wait for
 * each other; a failing tenant does not stop the others unless asked to. A rerun picks up where each tenant
 * stopped, since each one's version table says where it is.
 */
public final class Fleet {
    /** Tenants run at once when not told otherwise: what a small server takes without queueing connections. */
    public static final int DEFAULT_PARALLEL = 4;

    private final Autogen base;

    Fleet(Autogen base) {
        this.base = base;
    }

    /**
     * A tenant: its name (a schema, or a JDBC URL without its password) and the settings pinned to it.
     *
     * @param schema the schema (MariaDB: database) the tenant is, or {@code null} for a tenant named by its URL
     */
    public record Tenant(String name, String schema, Settings settings) {
    }

    /**
     * What a command did on one tenant.
     *
     * @param from   the tenant's heads before (empty: base)
     * @param to     its heads after
     * @param detail one line: what was done, or why it failed
     * @param kind   the failure's kind, or {@code null} when it succeeded; {@code null} with {@code skipped}
     */
    public record TenantResult(String tenant, Set<String> from, Set<String> to, Duration took, boolean ok,
                               boolean skipped, String detail, ErrorKind kind) {
    }

    /** What one command does on one tenant's {@link Autogen}: the tenant's heads after, and one line. */
    @FunctionalInterface
    public interface Work {
        Outcome run(Autogen tenant);
    }

    /** What {@link Work} returns; {@code ok} false for a result that is not a failure but not clean ({@code check}). */
    public record Outcome(Set<String> from, Set<String> to, boolean ok, String detail) {
    }

    /**
     * The tenants of {@code tenant} (one name: a schema or a JDBC URL), else of {@code file} (one per line), else of
     * the {@code tenants} setting.
     *
     * @throws AutogenException of kind {@code CONFIG} when none is given, or a file or query cannot be read
     */
    public List<Tenant> tenants(String tenant, Path file) {
        List<String> names;
        if (tenant != null) {
            names = List.of(tenant.strip());
        } else if (file != null) {
            names = lines(file);
        } else if (base.settings().fleet().configured()) {
            String spec = base.settings().fleet().tenants();
            if (spec.startsWith("query:")) {
                names = query(spec.substring("query:".length()).strip());
            } else if (spec.startsWith("file:")) {
                names = lines(base.settings().baseDir().resolve(spec.substring("file:".length()).strip()));
            } else {
                names = base.settings().fleet().listed();
            }
        } else {
            throw new AutogenException(ErrorKind.CONFIG, "No tenants are configured: set 'tenants' in"
                    + " autogen.properties (schema names, query: SQL, or file: PATH), or pass --tenant NAME or"
                    + " --tenants-from FILE.");
        }
        if (names.isEmpty()) {
            throw new AutogenException(ErrorKind.CONFIG, "The tenants setting gives no tenant; check its list, query"
                    + " or file.");
        }
        List<Tenant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (seen.add(name)) {
                out.add(tenant(name));
            }
        }
        return out;
    }

    /** The tenant named {@code name}: a JDBC URL, or a schema of the configured database. */
    public Tenant tenant(String name) {
        Settings s = base.settings();
        if (name.startsWith("jdbc:")) {
            return new Tenant(Redaction.url(name), null, s.withUrl(name, s.user(), s.password()));
        }
        if (s.url() == null) {
            throw new AutogenException(ErrorKind.CONFIG, "Tenant " + name + " is a schema, but no 'url' is set; tenants"
                    + " by schema need the database that holds them.");
        }
        String table = s.versionTable().substring(s.versionTable().indexOf('.') + 1);
        Settings pinned = s.withUrl(base.dialect().urlForSchema(s.url(), name), s.user(), s.password())
                .withSchemas(List.of(name)).withVersionTable(name + "." + table);
        return new Tenant(name, name, pinned);
    }

    /**
     * Runs {@code work} on every tenant, {@code parallel} at a time; with {@code failFast} the tenants not started
     * when one fails are skipped. {@code createSchemas} creates a missing tenant schema first (upgrade). {@code done}
     * hears each tenant as it finishes. The entity model is read once and shared when {@code entities} is true.
     */
    public List<TenantResult> run(List<Tenant> tenants, int parallel, boolean failFast, boolean createSchemas,
                                  boolean entities, Work work, Consumer<TenantResult> done) {
        if (parallel < 1) {
            throw new AutogenException(ErrorKind.USAGE, "--parallel must be 1 or more, not " + parallel + ".");
        }
        SchemaModel model = entities ? sharedModel(tenants) : null;
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, tenants.size()), r -> {
            Thread t = new Thread(r, "autogen-tenant");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TenantResult>> futures = new ArrayList<>();
            for (Tenant tenant : tenants) {
                futures.add(pool.submit(() -> {
                    TenantResult r = failFast && failed.get()
                            ? new TenantResult(tenant.name(), Set.of(), Set.of(), Duration.ZERO, false, true,
                            "skipped: an earlier tenant failed (--fail-fast)", null)
                            : runOne(tenant, createSchemas, model, work);
                    if (!r.ok() && !r.skipped() && r.kind() != null) {
                        failed.set(true);
                    }
                    synchronized (done) {
                        done.accept(r);
                    }
                    return r;
                }));
            }
            List<TenantResult> results = new ArrayList<>();
            for (Future<TenantResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(ErrorKind.INTERNAL, "The fleet run was interrupted.", e);
        } catch (ExecutionException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "A tenant's run failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private TenantResult runOne(Tenant tenant, boolean createSchema, SchemaModel model, Work work) {
        long start = System.nanoTime();
        Autogen on = Autogen.over(base.project().forTenant(tenant.settings(), model));
        try {
            if (createSchema && tenant.schema() != null) {
                try (Connection c = base.connect()) {
                    base.dialect().createSchema(c, tenant.schema());
                }
            }
            Outcome o = work.run(on);
            return new TenantResult(tenant.name(), o.from(), o.to(), took(start), o.ok(), false, o.detail(),
                    o.ok() ? null : ErrorKind.CHECK_FAILED);
        } catch (AutogenException e) {
            // where it stopped, as its version table says (unknown when even that cannot be read)
            Set<String> at = Set.of();
            try {
                at = on.runner().current();
            } catch (AutogenException | IllegalStateException unreadable) {
                // the failure's message says why
            }
            return new TenantResult(tenant.name(), Set.of(), at, took(start), false, false,
                    oneLine(e.getMessage()), e.kind());
        } catch (SQLException e) {
            return new TenantResult(tenant.name(), Set.of(), Set.of(), took(start), false, false,
                    "cannot create schema " + tenant.schema() + ": " + oneLine(e.getMessage()), ErrorKind.MIGRATION_FAILED);
        } catch (RuntimeException e) {
            return new TenantResult(tenant.name(), Set.of(), Set.of(), took(start), false, false,
                    oneLine(String.valueOf(e)), ErrorKind.INTERNAL);
        }
    }

    /**
     * The entity model, read once for all tenants through the first tenant that answers (for the server's
     * version); {@code null} when none does, and each tenant then reads it, and fails, on its own.
     */
    private SchemaModel sharedModel(List<Tenant> tenants) {
        for (Tenant tenant : tenants) {
            try {
                return base.project().forTenant(tenant.settings(), null).entityModel();
            } catch (AutogenException e) {
                if (e.kind() != ErrorKind.CONNECTION) {
                    throw e;
                }
            }
        }
        return null;
    }

    private static Duration took(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.CONFIG, "Cannot read the tenants file " + file + ": " + e.getMessage()
                    + ".", e);
        }
    }

    private List<String> query(String sql) {
        List<String> names = new ArrayList<>();
        try (Connection c = base.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONFIG, "The tenants query (" + sql + ") failed on "
                    + base.displayUrl() + ": " + e.getMessage() + "; it must return the tenants' schema names in its"
                    + " first column.", e);
        }
        return names;
    }

    /** The first failure's kind in tenant order, or empty when every tenant succeeded. */
    public static Optional<ErrorKind> failure(List<TenantResult> results) {
        return results.stream().filter(r -> !r.ok() && !r.skipped()).map(TenantResult::kind).findFirst();
    }
}
