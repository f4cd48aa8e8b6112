package dev.autogen.dialect.mariadb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbTypesTest {
    private final MariaDbTypes types = new MariaDbTypes();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tinyint(1) | boolean", "bit(1) | boolean", "bit | boolean", "bool | boolean", "BOOLEAN | boolean",
            "tinyint(4) | tinyint", "int(11) | int", "integer | int", "INT | int", "int(10) unsigned | int unsigned",
            "bigint(20) | bigint", "smallint(6) | smallint", "mediumint(9) | mediumint",
            "varchar(255) | varchar(255)", "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci | varchar(255)",
            "character varying(20) | varchar(20)", "char | char(1)", "decimal(38,2) | decimal(38,2)",
            "numeric(10) | decimal(10,0)", "decimal | decimal(10,0)", "double | double", "float(53) | double",
            "double precision | double", "float | float", "float(24) | float", "datetime(6) | datetime(6)",
            "datetime | datetime", "datetime(0) | datetime", "timestamp(6) | timestamp(6)", "longtext | longtext",
            "text | text", "TEXT CHARACTER SET utf8mb4 | text", "mediumtext | mediumtext", "longblob | longblob",
            "varbinary(255) | varbinary(255)", "json | json", "uuid | uuid", "enum('NEW', 'GOLD') | enum('NEW','GOLD')"})
    void typesHaveOneCanonicalForm(String sqlType, String canonical) {
        assertThat(types.type(sqlType)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
            "<null> | int | <null>", "NULL | int | <null>", "'5' | int(11) | 5", "5 | int | 5",
            "current_timestamp() | datetime | current_timestamp", "CURRENT_TIMESTAMP | datetime | current_timestamp",
            "now() | datetime | current_timestamp", "current_timestamp(6) | datetime(6) | current_timestamp(6)",
            "true | tinyint(1) | 1", "b'1' | bit(1) | 1", "0 | boolean | 0", "'abc' | varchar(10) | 'abc'",
            "'ABC' | varchar(10) | 'ABC'", "'1' | varchar(10) | '1'", "0.00 | decimal(10,2) | 0.00"})
    void defaultsHaveOneCanonicalForm(String expression, String type, String canonical) {
        assertThat(types.defaultValue(expression, type)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "`status` in ('A','B') | status in ('A', 'B')", "`balance` >= 0 | balance>=0",
            "`qty` between 0 and 3 | (qty between 0 and 3)"})
    void checkExpressionsCompareEqual(String catalog, String entity) {
        assertThat(types.expression(catalog)).isEqualTo(types.expression(entity));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int | bigint | false", "bigint | int | true", "int(11) | integer | false", "varchar(10) | varchar(20) | false",
            "varchar(20) | varchar(10) | true", "varchar(20) | longtext | false", "decimal(10,2) | decimal(12,2) | false",
            "decimal(10,2) | decimal(10,1) | true", "datetime(6) | datetime | true", "varchar(10) | int | true",
            "tinyint(1) | int | false"})
    void narrowingIsDetected(String from, String to, boolean narrowing) {
        assertThat(types.isNarrowing(from, to)).isEqualTo(narrowing);
    }
}
