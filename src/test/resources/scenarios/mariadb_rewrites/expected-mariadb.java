package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * mariadb rewrites
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create sequence ticket_seq (start 1, increment 50)</li>
 *   <li>create table Ticket (id, code)</li>
 *   <li><b>MAY FAIL</b>: add column users.active (bit, not null)</li>
 *   <li>add column users.createdAt (datetime(6), nullable, default CURRENT_TIMESTAMP)</li>
 *   <li>add column users.description (varchar(255), nullable)</li>
 *   <li>add column users.motto (varchar(255), nullable, default 'it''s')</li>
 *   <li>add column users.note (varchar(255), nullable)</li>
 *   <li>add column users.ratio (float(53), nullable, default 0.00)</li>
 *   <li>add column users.since (datetime(6), nullable, default '2020-01-01 00:00:00')</li>
 *   <li>add column users.token (uuid, nullable)</li>
 *   <li>add column users.updatedAt (datetime(6), nullable, default now())</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_users_description on users (length(description) &gt; 5)</li>
 *   <li><b>MAY FAIL</b>: add check constraint ck_users_note on users (note &lt;&gt; 'it''s' and note != lower('X'))</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "mariadb rewrites",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_mariadb_rewrites implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("ticket_seq")
                .incrementBy(50)
                .cache(0);
        op.createTable("Ticket",
                column("id", BIGINT).notNull(),
                column("code", varchar(255)),
                primaryKey("pk_Ticket", "id"));
        // MAY FAIL: adds column users.active NOT NULL without a default: fails if users holds rows (MariaDB gives them the type's implicit default instead)
        op.addColumn("users", column("active", BOOL).notNull());
        op.addColumn("users", column("createdAt", timestamp(6)).defaultValue("CURRENT_TIMESTAMP"));
        op.addColumn("users", column("description", varchar(255)));
        op.addColumn("users", column("motto", varchar(255)).defaultValue("'it''s'"));
        op.addColumn("users", column("note", varchar(255)));
        op.addColumn("users", column("ratio", DOUBLE).defaultValue("0.00"));
        op.addColumn("users", column("since", timestamp(6)).defaultValue("'2020-01-01 00:00:00'"));
        op.addColumn("users", column("token", UUID));
        op.addColumn("users", column("updatedAt", timestamp(6)).defaultValue("now()"));
        // MAY FAIL: adds check ck_users_description on users: fails if a row breaks it
        op.createCheckConstraint("ck_users_description", "users", "length(description) > 5");
        // MAY FAIL: adds check ck_users_note on users: fails if a row breaks it
        op.createCheckConstraint("ck_users_note", "users",
                "note <> 'it''s' and note != lower('X')");
    }

    @Override
    public void downgrade(Op op) {
        op.dropCheckConstraint("ck_users_note", "users");
        op.dropCheckConstraint("ck_users_description", "users");
        // DATA LOSS: drops column users.updatedAt and its values
        op.dropColumn("users", "updatedAt");
        // DATA LOSS: drops column users.token and its values
        op.dropColumn("users", "token");
        // DATA LOSS: drops column users.since and its values
        op.dropColumn("users", "since");
        // DATA LOSS: drops column users.ratio and its values
        op.dropColumn("users", "ratio");
        // DATA LOSS: drops column users.note and its values
        op.dropColumn("users", "note");
        // DATA LOSS: drops column users.motto and its values
        op.dropColumn("users", "motto");
        // DATA LOSS: drops column users.description and its values
        op.dropColumn("users", "description");
        // DATA LOSS: drops column users.createdAt and its values
        op.dropColumn("users", "createdAt");
        // DATA LOSS: drops column users.active and its values
        op.dropColumn("users", "active");
        // DATA LOSS: drops table Ticket and all its rows
        op.dropTable("Ticket");
        // DATA LOSS: drops sequence ticket_seq: recreating it restarts its numbering
        op.dropSequence("ticket_seq");
    }
}
