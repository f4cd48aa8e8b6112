package com.example.db;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * Start billing
 *
 * <p>Revision 3f2a1c9b0d4e, a root revision, created 2026-11-24T13:05:12Z by autogen.
 *
 * <p>Branch labels: billing.
 *
 * <p>Depends on: 5e5e5e5e5e5e.
 *
 * <p>UNVERIFIED: no scratch database was configured; review by hand.
 *
 * <p>Changes:
 * <ul>
 *   <li>create enum type currency (EUR, USD)</li>
 * </ul>
 */
@Revision(
        id = "3f2a1c9b0d4e",
        message = "Start billing",
        created = "2026-11-24T13:05:12Z",
        branchLabels = "billing",
        dependsOn = "5e5e5e5e5e5e",
        portable = true
)
public final class R20261124_130512_start_billing implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createEnumType("currency", "EUR", "USD");
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops enum type currency with values EUR, USD
        op.dropEnumType("currency");
    }
}
