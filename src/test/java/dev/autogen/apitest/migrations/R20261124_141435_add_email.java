package dev.autogen.apitest.migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * add email
 *
 * <p>Revision b2c3d4e5f6a7, parent a1b2c3d4e5f6, created 2026-11-24T14:14:35Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>add column api_customer.email (varchar(200), nullable)</li>
 * </ul>
 */
@Revision(
        id = "b2c3d4e5f6a7",
        parents = "a1b2c3d4e5f6",
        message = "add email",
        created = "2026-11-24T14:14:35Z"
)
public final class R20261124_141435_add_email implements Migration {
    @Override
    public void upgrade(Op op) {
        op.addColumn("api_customer", column("email", "varchar(200)"));
    }

    @Override
    public void downgrade(Op op) {
        // DATA LOSS: drops column api_customer.email and its values
        op.dropColumn("api_customer", "email");
    }
}
