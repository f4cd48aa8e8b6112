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
            "'ABC' | varchar(10) | 'ABC'", "'1' | varchar(10) | '1'", "0.00 | decimal(10,2) | 0"})
    void defaultsHaveOneCanonicalForm(String expression, String type, String canonical) {
        assertThat(types.defaultValue(expression, type)).isEqualTo(canonical);
    }

    /** What the MariaDB 10.11 catalog hands back (left) for what Hibernate or autogen wrote (right), per column type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "current_timestamp(6) | CURRENT_TIMESTAMP | datetime(6)", "current_timestamp(6) | now() | datetime(6)",
            "current_timestamp() | CURRENT_TIMESTAMP | datetime", "current_timestamp(3) | now() | timestamp(3)",
            "0 | 0.00 | double", "0 | 0.00 | float(53)", "1.5 | 1.50 | decimal(5,2)", "5 | '5' | int",
            "'2020-01-01 00:00:00.000000' | '2020-01-01 00:00:00' | datetime(6)", "'it''s' | 'it''s' | varchar(10)",
            "curdate() | (curdate()) | date", "(1 + 2) | 1+2 | int"})
    void defaultsCompareAsTheServerRewritesThem(String catalog, String written, String type) {
        assertThat(types.defaultValue(catalog, type)).isEqualTo(types.defaultValue(written, type));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "octet_length(`description`) > 5 | length(description) > 5",
            "`note` <> 'it\\'s' | note <> 'it''s'", "`x` <> 1 | x != 1", "`flag` = 1 | flag = true",
            "lcase(`name`) = `name` | lower(name) = name", "ucase(`name`) <> 'X' | UPPER(name) <> 'X'",
            "`note` <> 'it\\'s' and `note` <> lcase('X') | note <> 'it''s' and note != lower('X')"})
    void checksCompareAsTheServerRewritesThem(String catalog, String written) {
        assertThat(types.expression(catalog)).isEqualTo(types.expression(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'it''s' | 'its'", "length(a) > 5 | length(a) > 6", "lower(a) = a | upper(a) = a"})
    void differentMeaningsStayDifferent(String a, String b) {
        assertThat(types.expression(a)).isNotEqualTo(types.expression(b));
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
