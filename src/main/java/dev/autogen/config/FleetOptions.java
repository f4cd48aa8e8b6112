package dev.autogen.config;

import java.util.List;

/**
 * Where a fleet's tenants come from ({@code tenants}, {@code reference_tenant}), one of the small option records
 * {@link Settings} is made of.
 *
 * @param tenants         the {@code tenants} setting as written: schema names ({@code t1, t2}), {@code query: SQL}
 *                        returning them, or {@code file: PATH} of JDBC URLs or schema names, one per line; or
 *                        {@code null} for none
 * @param referenceTenant the tenant {@code autogen -m} compares the entities with, or {@code null}
 */
public record FleetOptions(String tenants, String referenceTenant) {
    public static final FleetOptions NONE = new FleetOptions(null, null);

    public FleetOptions {
        tenants = tenants == null || tenants.isBlank() ? null : tenants.strip();
        referenceTenant = referenceTenant == null || referenceTenant.isBlank() ? null : referenceTenant.strip();
    }

    /** True when a {@code tenants} setting is given. */
    public boolean configured() {
        return tenants != null;
    }

    /** The schema names of a {@code tenants} list setting, or empty for a query, a file or none. */
    public List<String> listed() {
        if (tenants == null || tenants.startsWith("query:") || tenants.startsWith("file:")) {
            return List.of();
        }
        return java.util.Arrays.stream(tenants.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
