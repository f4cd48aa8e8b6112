package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.h2.RoundTripCases;
import dev.autogen.testing.TestDatabase;

class MariaDbRoundTripIT extends RoundTripCases {
    @Override
    protected Dialect dialect() {
        return new MariaDbDialect();
    }

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariadb();
    }

    @Override
    protected String intType() {
        return "int";
    }

    @Override
    protected String[] setup() {
        return new String[] {
                "CREATE TABLE CUSTOMER (ID BIGINT NOT NULL AUTO_INCREMENT, EMAIL VARCHAR(255) NOT NULL,"
                        + " NAME VARCHAR(100), PRIMARY KEY (ID))",
                "CREATE TABLE ORDERS (ID INT NOT NULL, CUSTOMER_ID BIGINT, CODE VARCHAR(10), PRIMARY KEY (ID),"
                        + " CONSTRAINT FK_ORDERS_CUSTOMER FOREIGN KEY (CUSTOMER_ID) REFERENCES CUSTOMER (ID),"
                        + " CONSTRAINT UK_ORDERS_CODE UNIQUE (CODE), CONSTRAINT CK_ORDERS_ID CHECK (ID > 0))",
                "CREATE INDEX IX_ORDERS_CODE ON ORDERS (CODE DESC)",
                "CREATE TABLE NOPK (X INT NOT NULL)",
                "CREATE TABLE KEYED (K INT NOT NULL PRIMARY KEY)",
                "CREATE SEQUENCE SEQ1 START WITH 1 INCREMENT BY 1"};
    }
}
