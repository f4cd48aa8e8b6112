package migrations;

import static dev.autogen.runtime.Ddl.*;

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
 *   <li>create sequence payment_seq (start 1, increment 50)</li>
 *   <li>create sequence vehicle_seq (start 1, increment 50)</li>
 *   <li>create table dog (id, breed)</li>
 *   <li>create table lineitem (line, orderid, quantity)</li>
 *   <li>create table payment (id, amount)</li>
 *   <li>create table cardpayment (last4, id)</li>
 *   <li>create table user_follows (user_id, follows_id)</li>
 *   <li>create table user_tags (user_id, tag)</li>
 *   <li>create table vehicle (dtype, id, seats)</li>
 *   <li>add column users.city (varchar(255), nullable)</li>
 *   <li>add column users.street (varchar(255), nullable)</li>
 *   <li>add column users.biography (oid, nullable)</li>
 *   <li>add column users.version (integer, not null)</li>
 *   <li>add foreign key fka14w7iwcugxs1curkuwet67nq on cardpayment (id) references payment (id)</li>
 *   <li>add foreign key fk4hxmillhi7q52rv00g64ysqrt on user_follows (user_id) references users (id)</li>
 *   <li>add foreign key fkds3awumsnqhyrc5ujx2ltb97k on user_follows (follows_id) references users (id)</li>
 *   <li>add foreign key fkb9y9vw55wnsfp7gmco2dvw0nh on user_tags (user_id) references users (id)</li>
 * </ul>
 */
@Revision(
        id = "<id>",
        parents = "<id>",
        message = "mapping kinds",
        created = "<created>"
)
public final class R<timestamp>_mapping_kinds implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("payment_seq").incrementBy(50);
        op.createSequence("vehicle_seq").incrementBy(50);
        op.createTable("dog",
                column("id", "bigint").notNull(),
                column("breed", "varchar(255)"),
                primaryKey(null, "id"));
        op.createTable("lineitem",
                column("line", "integer").notNull(),
                column("orderid", "bigint").notNull(),
                column("quantity", "integer").notNull(),
                primaryKey(null, "line", "orderid"));
        op.createTable("payment",
                column("id", "bigint").notNull(),
                column("amount", "numeric(38,2)"),
                primaryKey(null, "id"));
        op.createTable("cardpayment",
                column("last4", "varchar(255)"),
                column("id", "bigint").notNull(),
                primaryKey(null, "id"));
        op.createTable("user_follows",
                column("user_id", "bigint").notNull(),
                column("follows_id", "bigint").notNull(),
                primaryKey(null, "user_id", "follows_id"));
        op.createTable("user_tags",
                column("user_id", "bigint").notNull(),
                column("tag", "varchar(255)"),
                unique("uk8a7kk5ategumhf3ra25wg6s6p", "user_id", "tag"));
        op.createTable("vehicle",
                column("dtype", "varchar(31)").notNull(),
                column("id", "bigint").notNull(),
                column("seats", "integer"),
                primaryKey(null, "id"),
                check(null, "DTYPE <> 'Car' or (seats is not null)"),
                check(null, "DTYPE in ('Vehicle','Car')"));
        op.addColumn("users", column("city", "varchar(255)"));
        op.addColumn("users", column("street", "varchar(255)"));
        op.addColumn("users", column("biography", "oid"));
        op.addColumn("users", column("version", "integer").notNull());
        op.createForeignKey("fka14w7iwcugxs1curkuwet67nq", "cardpayment", "id", "payment", "id");
        op.createForeignKey("fk4hxmillhi7q52rv00g64ysqrt", "user_follows", "user_id", "users",
                "id");
        op.createForeignKey("fkds3awumsnqhyrc5ujx2ltb97k", "user_follows", "follows_id", "users",
                "id");
        op.createForeignKey("fkb9y9vw55wnsfp7gmco2dvw0nh", "user_tags", "user_id", "users", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("fkb9y9vw55wnsfp7gmco2dvw0nh", "user_tags");
        op.dropForeignKey("fkds3awumsnqhyrc5ujx2ltb97k", "user_follows");
        op.dropForeignKey("fk4hxmillhi7q52rv00g64ysqrt", "user_follows");
        op.dropForeignKey("fka14w7iwcugxs1curkuwet67nq", "cardpayment");
        // DATA LOSS: drops column users.version and its values
        op.dropColumn("users", "version");
        // DATA LOSS: drops column users.biography and its values
        op.dropColumn("users", "biography");
        // DATA LOSS: drops column users.street and its values
        op.dropColumn("users", "street");
        // DATA LOSS: drops column users.city and its values
        op.dropColumn("users", "city");
        // DATA LOSS: drops table vehicle and all its rows
        op.dropTable("vehicle");
        // DATA LOSS: drops table user_tags and all its rows
        op.dropTable("user_tags");
        // DATA LOSS: drops table user_follows and all its rows
        op.dropTable("user_follows");
        // DATA LOSS: drops table cardpayment and all its rows
        op.dropTable("cardpayment");
        // DATA LOSS: drops table payment and all its rows
        op.dropTable("payment");
        // DATA LOSS: drops table lineitem and all its rows
        op.dropTable("lineitem");
        // DATA LOSS: drops table dog and all its rows
        op.dropTable("dog");
        // DATA LOSS: drops sequence vehicle_seq: recreating it restarts its numbering
        op.dropSequence("vehicle_seq");
        // DATA LOSS: drops sequence payment_seq: recreating it restarts its numbering
        op.dropSequence("payment_seq");
    }
}
