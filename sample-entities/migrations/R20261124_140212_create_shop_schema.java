package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * create shop schema
 *
 * <p>Revision ffd810a9a068, a root revision, created 2026-11-24T14:02:12Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create sequence ORDER_LINE_SEQ (start 1, increment 50)</li>
 *   <li>create table CATEGORY (ID, NAME, SLUG)</li>
 *   <li>create table CUSTOMER (ID, BILLING_CITY, BILLING_COUNTRY_CODE, BILLING_POSTAL_CODE, BILLING_STREET, CREATED_AT, EMAIL, FULL_NAME, SHIPPING_CITY, SHIPPING_COUNTRY_CODE, SHIPPING_POSTAL_CODE, SHIPPING_STREET)</li>
 *   <li>create table ORDERS (ID, PLACED_AT, STATUS, TOTAL, VERSION, CUSTOMER_ID)</li>
 *   <li>create table PAYMENT (ID, AMOUNT, CURRENCY, RECEIVED_AT, ORDER_ID)</li>
 *   <li>create table BANK_TRANSFER_PAYMENT (IBAN, REFERENCE, PAYMENT_ID)</li>
 *   <li>create table CARD_PAYMENT (AUTHORIZATION_CODE, BRAND, LAST_FOUR, PAYMENT_ID)</li>
 *   <li>create table PRODUCT (ID, ACTIVE, DESCRIPTION, NAME, PRICE, SKU, STOCK_QUANTITY)</li>
 *   <li>create table ORDER_LINE (ID, LINE_NUMBER, QUANTITY, UNIT_PRICE, ORDER_ID, PRODUCT_ID)</li>
 *   <li>create table PRODUCT_CATEGORY (PRODUCT_ID, CATEGORY_ID)</li>
 *   <li>create table PRODUCT_TAG (PRODUCT_ID, TAG)</li>
 *   <li>create table USERS (ID, CREATED_AT, DISPLAY_NAME, EMAIL)</li>
 *   <li>create index IX_ORDERS_CUSTOMER_PLACED on ORDERS (CUSTOMER_ID, PLACED_AT)</li>
 *   <li>create index IX_ORDERS_STATUS on ORDERS (STATUS)</li>
 *   <li>create index IX_PRODUCT_NAME on PRODUCT (NAME)</li>
 *   <li>add foreign key FK1AF8Q5ONAUJ1XYYC0UMD17VVQ on BANK_TRANSFER_PAYMENT (PAYMENT_ID) references PAYMENT (ID)</li>
 *   <li>add foreign key FKCAP4UFTHFJWXXTPRJY4UEQSH2 on CARD_PAYMENT (PAYMENT_ID) references PAYMENT (ID)</li>
 *   <li>add foreign key FK624GTJIN3PO807J3VIX093TLF on ORDERS (CUSTOMER_ID) references CUSTOMER (ID)</li>
 *   <li>add foreign key FKK9F9T1TMKBQ5W27U8RRJBXXG6 on ORDER_LINE (ORDER_ID) references ORDERS (ID)</li>
 *   <li>add foreign key FKPF904TCI8GARYPKVM32CQUPYE on ORDER_LINE (PRODUCT_ID) references PRODUCT (ID)</li>
 *   <li>add foreign key FKLOUU98CSYULLOS9K25TBPK4VA on PAYMENT (ORDER_ID) references ORDERS (ID)</li>
 *   <li>add foreign key FK2K3SMHBRUEDLCRVU6CLUED06X on PRODUCT_CATEGORY (PRODUCT_ID) references PRODUCT (ID)</li>
 *   <li>add foreign key FKKUD35LS1D40WPJB5HTPP14Q4E on PRODUCT_CATEGORY (CATEGORY_ID) references CATEGORY (ID)</li>
 *   <li>add foreign key FK2RF7W3D88X20P7VUC2M9MVV91 on PRODUCT_TAG (PRODUCT_ID) references PRODUCT (ID)</li>
 * </ul>
 */
@Revision(
        id = "ffd810a9a068",
        message = "create shop schema",
        created = "2026-11-24T14:02:12Z"
)
public final class R20261124_140212_create_shop_schema implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createSequence("ORDER_LINE_SEQ").incrementBy(50);
        op.createTable("CATEGORY",
                column("ID", "bigint").notNull().identity(),
                column("NAME", "varchar(100)").notNull(),
                column("SLUG", "varchar(100)").notNull(),
                primaryKey(null, "ID"),
                unique("UK_CATEGORY_SLUG", "SLUG"));
        op.createTable("CUSTOMER",
                column("ID", "bigint").notNull().identity(),
                column("BILLING_CITY", "varchar(100)").notNull(),
                column("BILLING_COUNTRY_CODE", "varchar(2)").notNull(),
                column("BILLING_POSTAL_CODE", "varchar(20)").notNull(),
                column("BILLING_STREET", "varchar(200)").notNull(),
                column("CREATED_AT", "timestamp(6) with time zone").notNull(),
                column("EMAIL", "varchar(320)").notNull(),
                column("FULL_NAME", "varchar(200)").notNull().comment("Name as the customer wants it printed on invoices"),
                column("SHIPPING_CITY", "varchar(100)"),
                column("SHIPPING_COUNTRY_CODE", "varchar(2)"),
                column("SHIPPING_POSTAL_CODE", "varchar(20)"),
                column("SHIPPING_STREET", "varchar(200)"),
                primaryKey(null, "ID"),
                unique("UK_CUSTOMER_EMAIL", "EMAIL"),
                comment("People who can place orders"));
        op.createTable("ORDERS",
                column("ID", "bigint").notNull().identity(),
                column("PLACED_AT", "timestamp(6) with time zone").notNull(),
                column("STATUS", "enum ('CANCELLED','DELIVERED','NEW','PAID','SHIPPED')").notNull(),
                column("TOTAL", "numeric(12,2)").notNull(),
                column("VERSION", "bigint").notNull(),
                column("CUSTOMER_ID", "bigint").notNull(),
                primaryKey(null, "ID"));
        op.createTable("PAYMENT",
                column("ID", "bigint").notNull().identity(),
                column("AMOUNT", "numeric(12,2)").notNull(),
                column("CURRENCY", "varchar(3)").notNull(),
                column("RECEIVED_AT", "timestamp(6) with time zone").notNull(),
                column("ORDER_ID", "bigint").notNull(),
                primaryKey(null, "ID"));
        op.createTable("BANK_TRANSFER_PAYMENT",
                column("IBAN", "varchar(34)").notNull(),
                column("REFERENCE", "varchar(140)").notNull(),
                column("PAYMENT_ID", "bigint").notNull(),
                primaryKey(null, "PAYMENT_ID"));
        op.createTable("CARD_PAYMENT",
                column("AUTHORIZATION_CODE", "varchar(40)"),
                column("BRAND", "varchar(20)").notNull(),
                column("LAST_FOUR", "varchar(4)").notNull(),
                column("PAYMENT_ID", "bigint").notNull(),
                primaryKey(null, "PAYMENT_ID"));
        op.createTable("PRODUCT",
                column("ID", "bigint").notNull().identity(),
                column("ACTIVE", "boolean").notNull().defaultValue("true"),
                column("DESCRIPTION", "clob").comment("Long description shown on the product page"),
                column("NAME", "varchar(200)").notNull(),
                column("PRICE", "numeric(12,2)").notNull(),
                column("SKU", "varchar(40)").notNull(),
                column("STOCK_QUANTITY", "integer").notNull().defaultValue("0"),
                primaryKey(null, "ID"),
                unique("UK_PRODUCT_SKU", "SKU"),
                comment("Articles for sale"));
        op.createTable("ORDER_LINE",
                column("ID", "bigint").notNull(),
                column("LINE_NUMBER", "integer").notNull(),
                column("QUANTITY", "integer").notNull(),
                column("UNIT_PRICE", "numeric(12,2)").notNull(),
                column("ORDER_ID", "bigint").notNull(),
                column("PRODUCT_ID", "bigint").notNull(),
                primaryKey(null, "ID"),
                unique("UK_ORDER_LINE_NUMBER", "ORDER_ID", "LINE_NUMBER"));
        op.createTable("PRODUCT_CATEGORY",
                column("PRODUCT_ID", "bigint").notNull(),
                column("CATEGORY_ID", "bigint").notNull(),
                primaryKey(null, "PRODUCT_ID", "CATEGORY_ID"));
        op.createTable("PRODUCT_TAG",
                column("PRODUCT_ID", "bigint").notNull(),
                column("TAG", "varchar(50)").notNull(),
                primaryKey(null, "PRODUCT_ID", "TAG"));
        op.createTable("USERS",
                column("ID", "bigint").notNull().identity(),
                column("CREATED_AT", "timestamp(6) with time zone").notNull(),
                column("DISPLAY_NAME", "varchar(100)").notNull(),
                column("EMAIL", "varchar(320)").notNull(),
                primaryKey(null, "ID"),
                unique("UK6DOTKOTT2KJSP8VW4D0M25FB7", "EMAIL"));
        op.createIndex("IX_ORDERS_CUSTOMER_PLACED", "ORDERS", "CUSTOMER_ID", "PLACED_AT");
        op.createIndex("IX_ORDERS_STATUS", "ORDERS", "STATUS");
        op.createIndex("IX_PRODUCT_NAME", "PRODUCT", "NAME");
        op.createForeignKey("FK1AF8Q5ONAUJ1XYYC0UMD17VVQ", "BANK_TRANSFER_PAYMENT", "PAYMENT_ID",
                "PAYMENT", "ID");
        op.createForeignKey("FKCAP4UFTHFJWXXTPRJY4UEQSH2", "CARD_PAYMENT", "PAYMENT_ID", "PAYMENT",
                "ID");
        op.createForeignKey("FK624GTJIN3PO807J3VIX093TLF", "ORDERS", "CUSTOMER_ID", "CUSTOMER",
                "ID");
        op.createForeignKey("FKK9F9T1TMKBQ5W27U8RRJBXXG6", "ORDER_LINE", "ORDER_ID", "ORDERS",
                "ID");
        op.createForeignKey("FKPF904TCI8GARYPKVM32CQUPYE", "ORDER_LINE", "PRODUCT_ID", "PRODUCT",
                "ID");
        op.createForeignKey("FKLOUU98CSYULLOS9K25TBPK4VA", "PAYMENT", "ORDER_ID", "ORDERS", "ID");
        op.createForeignKey("FK2K3SMHBRUEDLCRVU6CLUED06X", "PRODUCT_CATEGORY", "PRODUCT_ID",
                "PRODUCT", "ID");
        op.createForeignKey("FKKUD35LS1D40WPJB5HTPP14Q4E", "PRODUCT_CATEGORY", "CATEGORY_ID",
                "CATEGORY", "ID");
        op.createForeignKey("FK2RF7W3D88X20P7VUC2M9MVV91", "PRODUCT_TAG", "PRODUCT_ID", "PRODUCT",
                "ID");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FK2RF7W3D88X20P7VUC2M9MVV91", "PRODUCT_TAG");
        op.dropForeignKey("FKKUD35LS1D40WPJB5HTPP14Q4E", "PRODUCT_CATEGORY");
        op.dropForeignKey("FK2K3SMHBRUEDLCRVU6CLUED06X", "PRODUCT_CATEGORY");
        op.dropForeignKey("FKLOUU98CSYULLOS9K25TBPK4VA", "PAYMENT");
        op.dropForeignKey("FKPF904TCI8GARYPKVM32CQUPYE", "ORDER_LINE");
        op.dropForeignKey("FKK9F9T1TMKBQ5W27U8RRJBXXG6", "ORDER_LINE");
        op.dropForeignKey("FK624GTJIN3PO807J3VIX093TLF", "ORDERS");
        op.dropForeignKey("FKCAP4UFTHFJWXXTPRJY4UEQSH2", "CARD_PAYMENT");
        op.dropForeignKey("FK1AF8Q5ONAUJ1XYYC0UMD17VVQ", "BANK_TRANSFER_PAYMENT");
        op.dropIndex("IX_PRODUCT_NAME", "PRODUCT");
        op.dropIndex("IX_ORDERS_STATUS", "ORDERS");
        op.dropIndex("IX_ORDERS_CUSTOMER_PLACED", "ORDERS");
        // DATA LOSS: drops table USERS and all its rows
        op.dropTable("USERS");
        // DATA LOSS: drops table PRODUCT_TAG and all its rows
        op.dropTable("PRODUCT_TAG");
        // DATA LOSS: drops table PRODUCT_CATEGORY and all its rows
        op.dropTable("PRODUCT_CATEGORY");
        // DATA LOSS: drops table ORDER_LINE and all its rows
        op.dropTable("ORDER_LINE");
        // DATA LOSS: drops table PRODUCT and all its rows
        op.dropTable("PRODUCT");
        // DATA LOSS: drops table CARD_PAYMENT and all its rows
        op.dropTable("CARD_PAYMENT");
        // DATA LOSS: drops table BANK_TRANSFER_PAYMENT and all its rows
        op.dropTable("BANK_TRANSFER_PAYMENT");
        // DATA LOSS: drops table PAYMENT and all its rows
        op.dropTable("PAYMENT");
        // DATA LOSS: drops table ORDERS and all its rows
        op.dropTable("ORDERS");
        // DATA LOSS: drops table CUSTOMER and all its rows
        op.dropTable("CUSTOMER");
        // DATA LOSS: drops table CATEGORY and all its rows
        op.dropTable("CATEGORY");
        // DATA LOSS: drops sequence ORDER_LINE_SEQ: recreating it restarts its numbering
        op.dropSequence("ORDER_LINE_SEQ");
    }
}
