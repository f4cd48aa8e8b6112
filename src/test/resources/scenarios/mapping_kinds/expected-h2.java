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
 *   <li>create sequence PAYMENT_SEQ (start 1, increment 50)</li>
 *   <li>create sequence VEHICLE_SEQ (start 1, increment 50)</li>
 *   <li>create table DOG (ID, BREED)</li>
 *   <li>create table LINEITEM (LINE, ORDERID, QUANTITY)</li>
 *   <li>create table PAYMENT (ID, AMOUNT)</li>
 *   <li>create table CARDPAYMENT (LAST4, ID)</li>
 *   <li>create table USER_FOLLOWS (USER_ID, FOLLOWS_ID)</li>
 *   <li>create table USER_TAGS (USER_ID, TAG)</li>
 *   <li>create table VEHICLE (DTYPE, ID, SEATS)</li>
 *   <li>add column USERS.CITY (varchar(255), nullable)</li>
 *   <li>add column USERS.STREET (varchar(255), nullable)</li>
 *   <li>add column USERS.BIOGRAPHY (clob, nullable)</li>
 *   <li>add column USERS.VERSION (integer, not null)</li>
 *   <li>add foreign key FKA14W7IWCUGXS1CURKUWET67NQ on CARDPAYMENT (ID) references PAYMENT (ID)</li>
 *   <li>add foreign key FK4HXMILLHI7Q52RV00G64YSQRT on USER_FOLLOWS (USER_ID) references USERS (ID)</li>
 *   <li>add foreign key FKDS3AWUMSNQHYRC5UJX2LTB97K on USER_FOLLOWS (FOLLOWS_ID) references USERS (ID)</li>
 *   <li>add foreign key FKB9Y9VW55WNSFP7GMCO2DVW0NH on USER_TAGS (USER_ID) references USERS (ID)</li>
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
        op.createSequence("PAYMENT_SEQ").incrementBy(50);
        op.createSequence("VEHICLE_SEQ").incrementBy(50);
        op.createTable("DOG",
                column("ID", "bigint").notNull(),
                column("BREED", "varchar(255)"),
                primaryKey(null, "ID"));
        op.createTable("LINEITEM",
                column("LINE", "integer").notNull(),
                column("ORDERID", "bigint").notNull(),
                column("QUANTITY", "integer").notNull(),
                primaryKey(null, "LINE", "ORDERID"));
        op.createTable("PAYMENT",
                column("ID", "bigint").notNull(),
                column("AMOUNT", "numeric(38,2)"),
                primaryKey(null, "ID"));
        op.createTable("CARDPAYMENT",
                column("LAST4", "varchar(255)"),
                column("ID", "bigint").notNull(),
                primaryKey(null, "ID"));
        op.createTable("USER_FOLLOWS",
                column("USER_ID", "bigint").notNull(),
                column("FOLLOWS_ID", "bigint").notNull(),
                primaryKey(null, "USER_ID", "FOLLOWS_ID"));
        op.createTable("USER_TAGS",
                column("USER_ID", "bigint").notNull(),
                column("TAG", "varchar(255)"),
                unique("UK8A7KK5ATEGUMHF3RA25WG6S6P", "USER_ID", "TAG"));
        op.createTable("VEHICLE",
                column("DTYPE", "varchar(31)").notNull(),
                column("ID", "bigint").notNull(),
                column("SEATS", "integer"),
                primaryKey(null, "ID"),
                check(null, "DTYPE <> 'Car' or (seats is not null)"),
                check(null, "DTYPE in ('Vehicle','Car')"));
        op.addColumn("USERS", column("CITY", "varchar(255)"));
        op.addColumn("USERS", column("STREET", "varchar(255)"));
        op.addColumn("USERS", column("BIOGRAPHY", "clob"));
        op.addColumn("USERS", column("VERSION", "integer").notNull());
        op.createForeignKey("FKA14W7IWCUGXS1CURKUWET67NQ", "CARDPAYMENT", "ID", "PAYMENT", "ID");
        op.createForeignKey("FK4HXMILLHI7Q52RV00G64YSQRT", "USER_FOLLOWS", "USER_ID", "USERS",
                "ID");
        op.createForeignKey("FKDS3AWUMSNQHYRC5UJX2LTB97K", "USER_FOLLOWS", "FOLLOWS_ID", "USERS",
                "ID");
        op.createForeignKey("FKB9Y9VW55WNSFP7GMCO2DVW0NH", "USER_TAGS", "USER_ID", "USERS", "ID");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKB9Y9VW55WNSFP7GMCO2DVW0NH", "USER_TAGS");
        op.dropForeignKey("FKDS3AWUMSNQHYRC5UJX2LTB97K", "USER_FOLLOWS");
        op.dropForeignKey("FK4HXMILLHI7Q52RV00G64YSQRT", "USER_FOLLOWS");
        op.dropForeignKey("FKA14W7IWCUGXS1CURKUWET67NQ", "CARDPAYMENT");
        // DATA LOSS: drops column USERS.VERSION and its values
        op.dropColumn("USERS", "VERSION");
        // DATA LOSS: drops column USERS.BIOGRAPHY and its values
        op.dropColumn("USERS", "BIOGRAPHY");
        // DATA LOSS: drops column USERS.STREET and its values
        op.dropColumn("USERS", "STREET");
        // DATA LOSS: drops column USERS.CITY and its values
        op.dropColumn("USERS", "CITY");
        // DATA LOSS: drops table VEHICLE and all its rows
        op.dropTable("VEHICLE");
        // DATA LOSS: drops table USER_TAGS and all its rows
        op.dropTable("USER_TAGS");
        // DATA LOSS: drops table USER_FOLLOWS and all its rows
        op.dropTable("USER_FOLLOWS");
        // DATA LOSS: drops table CARDPAYMENT and all its rows
        op.dropTable("CARDPAYMENT");
        // DATA LOSS: drops table PAYMENT and all its rows
        op.dropTable("PAYMENT");
        // DATA LOSS: drops table LINEITEM and all its rows
        op.dropTable("LINEITEM");
        // DATA LOSS: drops table DOG and all its rows
        op.dropTable("DOG");
        // DATA LOSS: drops sequence VEHICLE_SEQ: recreating it restarts its numbering
        op.dropSequence("VEHICLE_SEQ");
        // DATA LOSS: drops sequence PAYMENT_SEQ: recreating it restarts its numbering
        op.dropSequence("PAYMENT_SEQ");
    }
}
