package migrations;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * mapping kinds
 *
 * <p>Revision <id>, parent <id>, created <created> by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create sequence Payment_SEQ (start 1, increment 50)</li>
 *   <li>create sequence Vehicle_SEQ (start 1, increment 50)</li>
 *   <li>create table Dog (id, breed)</li>
 *   <li>create table LineItem (line, orderId, quantity)</li>
 *   <li>create table Payment (id, amount)</li>
 *   <li>create table CardPayment (last4, id)</li>
 *   <li>create table user_follows (User_id, follows_id)</li>
 *   <li>create table user_tags (User_id, tag)</li>
 *   <li>create table Vehicle (DTYPE, id, seats)</li>
 *   <li>add column users.city (varchar(255), nullable)</li>
 *   <li>add column users.street (varchar(255), nullable)</li>
 *   <li>add column users.biography (clob, nullable)</li>
 *   <li><b>MAY FAIL</b>: add column users.version (integer, not null)</li>
 *   <li>add foreign key FKa14w7iwcugxs1curkuwet67nq on CardPayment (id) references Payment (id)</li>
 *   <li>add foreign key FK4hxmillhi7q52rv00g64ysqrt on user_follows (User_id) references users (id)</li>
 *   <li>add foreign key FKds3awumsnqhyrc5ujx2ltb97k on user_follows (follows_id) references users (id)</li>
 *   <li>add foreign key FKb9y9vw55wnsfp7gmco2dvw0nh on user_tags (User_id) references users (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "mapping kinds",
        created = "<created>",
        portable = true
)
public final class R<timestamp>_mapping_kinds implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("Payment_SEQ").incrementBy(50);
        op.createSequence("Vehicle_SEQ").incrementBy(50);
        op.createTable("Dog",
                column("id", BIGINT).notNull(),
                column("breed", varchar(255)),
                primaryKey("pk_Dog", "id"));
        op.createTable("LineItem",
                column("line", INTEGER).notNull(),
                column("orderId", BIGINT).notNull(),
                column("quantity", INTEGER).notNull(),
                primaryKey("pk_LineItem", "line", "orderId"));
        op.createTable("Payment",
                column("id", BIGINT).notNull(),
                column("amount", decimal(38, 2)),
                primaryKey("pk_Payment", "id"));
        op.createTable("CardPayment",
                column("last4", varchar(255)),
                column("id", BIGINT).notNull(),
                primaryKey("pk_CardPayment", "id"));
        op.createTable("user_follows",
                column("User_id", BIGINT).notNull(),
                column("follows_id", BIGINT).notNull(),
                primaryKey("pk_user_follows", "User_id", "follows_id"));
        op.createTable("user_tags",
                column("User_id", BIGINT).notNull(),
                column("tag", varchar(255)),
                unique("UK8a7kk5ategumhf3ra25wg6s6p", "User_id", "tag"));
        op.createTable("Vehicle",
                column("DTYPE", varchar(31)).notNull(),
                column("id", BIGINT).notNull(),
                column("seats", INTEGER),
                primaryKey("pk_Vehicle", "id"),
                check("ck_Vehicle_DTYPE", "DTYPE in ('Vehicle','Car')"),
                check("ck_Vehicle_DTYPE_seats", "DTYPE <> 'Car' or (seats is not null)"));
        op.addColumn("users", column("city", varchar(255)));
        op.addColumn("users", column("street", varchar(255)));
        op.addColumn("users", column("biography", CLOB));
        // MAY FAIL: adds column users.version NOT NULL without a default: fails if users holds rows (MariaDB gives them the type's implicit default instead)
        op.addColumn("users", column("version", INTEGER).notNull());
        op.createForeignKey("FKa14w7iwcugxs1curkuwet67nq", "CardPayment", "id", "Payment", "id");
        op.createForeignKey("FK4hxmillhi7q52rv00g64ysqrt", "user_follows", "User_id", "users",
                "id");
        op.createForeignKey("FKds3awumsnqhyrc5ujx2ltb97k", "user_follows", "follows_id", "users",
                "id");
        op.createForeignKey("FKb9y9vw55wnsfp7gmco2dvw0nh", "user_tags", "User_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKb9y9vw55wnsfp7gmco2dvw0nh", "user_tags");
        op.dropForeignKey("FKds3awumsnqhyrc5ujx2ltb97k", "user_follows");
        op.dropForeignKey("FK4hxmillhi7q52rv00g64ysqrt", "user_follows");
        op.dropForeignKey("FKa14w7iwcugxs1curkuwet67nq", "CardPayment");
        // DATA LOSS: drops column users.version and its values
        op.dropColumn("users", "version");
        // DATA LOSS: drops column users.biography and its values
        op.dropColumn("users", "biography");
        // DATA LOSS: drops column users.street and its values
        op.dropColumn("users", "street");
        // DATA LOSS: drops column users.city and its values
        op.dropColumn("users", "city");
        // DATA LOSS: drops table Vehicle and all its rows
        op.dropTable("Vehicle");
        // DATA LOSS: drops table user_tags and all its rows
        op.dropTable("user_tags");
        // DATA LOSS: drops table user_follows and all its rows
        op.dropTable("user_follows");
        // DATA LOSS: drops table CardPayment and all its rows
        op.dropTable("CardPayment");
        // DATA LOSS: drops table Payment and all its rows
        op.dropTable("Payment");
        // DATA LOSS: drops table LineItem and all its rows
        op.dropTable("LineItem");
        // DATA LOSS: drops table Dog and all its rows
        op.dropTable("Dog");
        // DATA LOSS: drops sequence Vehicle_SEQ: recreating it restarts its numbering
        op.dropSequence("Vehicle_SEQ");
        // DATA LOSS: drops sequence Payment_SEQ: recreating it restarts its numbering
        op.dropSequence("Payment_SEQ");
    }
}
