package dev.autogen.dialect.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTypesTest {
    private final PostgresTypes types = new PostgresTypes();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int4|integer", "INTEGER|integer", "int|integer", "serial|integer",
            "int8|bigint", "bigserial|bigint", "BIGINT|bigint",
            "int2|smallint", "smallint|smallint",
            "float8|double precision", "double  precision|double precision", "float(53)|double precision",
            "float|double precision", "float4|real", "float(24)|real", "real|real",
            "bool|boolean", "boolean|boolean",
            "varchar(255)|varchar(255)", "character varying(255)|varchar(255)", "character varying|varchar",
            "char(3)|char(3)", "character(3)|char(3)", "bpchar(3)|char(3)", "character|char(1)", "bpchar|bpchar",
            "timestamp|timestamp(6)", "timestamp(6)|timestamp(6)", "timestamp(6) without time zone|timestamp(6)",
            "timestamp without time zone|timestamp(6)", "timestamp(3) without time zone|timestamp(3)",
            "timestamptz|timestamptz(6)", "timestamp with time zone|timestamptz(6)",
            "timestamp(6) with time zone|timestamptz(6)",
            "time|time(6)", "time without time zone|time(6)", "time(3)|time(3)", "time with time zone|timetz(6)",
            "numeric(10,2)|numeric(10,2)", "decimal(10, 2)|numeric(10,2)", "numeric(10)|numeric(10,0)",
            "numeric|numeric", "decimal|numeric",
            "text|text", "bytea|bytea", "uuid|uuid", "jsonb|jsonb", "oid|oid", "date|date",
            "mood|mood", "other.mood|other.mood", "\"Mood\"|\"Mood\"",
            "integer[]|integer[]", "int4[][]|integer[]", "text array|text[]", "character varying(20)[]|varchar(20)[]"})
    void typeAliasesShareOneCanonicalForm(String raw, String canonical) {
        assertThat(types.type(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'abc'::character varying|'abc'|varchar(10)",
            "'0'::numeric|0|numeric(10,2)",
            "0.00|0|numeric(10,2)",
            "'-1'::integer|-1|integer",
            "(-1)|-1|integer",
            "nextval('x_seq'::regclass)|nextval('x_seq')|bigint",
            "CURRENT_TIMESTAMP|current_timestamp|timestamp(6)",
            "TRUE|true|boolean",
            "'t'::boolean|true|boolean",
            "false|'f'|boolean",
            "('a'::text)|'a'|text"})
    void defaultsThatMeanTheSameCompareEqual(String catalog, String entity, String type) {
        assertThat(types.defaultValue(catalog, type)).isEqualTo(types.defaultValue(entity, type));
    }

    @Test
    void defaultsThatDifferStayDifferent() {
        assertThat(types.defaultValue("now()", "timestamp")).isNotEqualTo(types.defaultValue("CURRENT_TIMESTAMP", "timestamp"));
        assertThat(types.defaultValue("'abc'", "text")).isNotEqualTo(types.defaultValue("'ABC'", "text"));
        assertThat(types.defaultValue("true", "boolean")).isNotEqualTo(types.defaultValue("false", "boolean"));
        assertThat(types.defaultValue("nextval('a_seq'::regclass)", "int")).isNotEqualTo(types.defaultValue("nextval('b_seq')", "int"));
        assertThat(types.defaultValue(null, "int")).isNull();
        assertThat(types.defaultValue("'abc'::character varying", "varchar(3)")).isEqualTo("'abc'");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "status::text = ANY (ARRAY['NEW'::character varying, 'PAID'::character varying]::text[])|status in ('NEW','PAID')",
            "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))|status IN ('NEW', 'PAID')",
            "price >= 0::numeric|price>=0",
            "((price >= (0)::numeric))|price >= 0",
            "a >= 0 AND a <= 2|a between 0 and 2",
            "a >= '-1'::integer AND b <> 3 OR name ~~ 'x%'::text|a>=-1 and b!=3 or name like 'x%'",
            "((a > 0) AND (b > 0))|a>0 and b>0",
            "name IS NOT NULL AND length(name) > 0|NAME is not null and LENGTH(name)>0",
            "\"Status\" <> 'X'::text|\"Status\"<>'X'",
            "\"status\" <> 'X'|status <> 'X'"})
    void expressionsFromTheCatalogMatchWhatHibernateWrites(String catalog, String entity) {
        assertThat(types.expression(catalog)).isEqualTo(types.expression(entity));
    }

    @Test
    void expressionsKeepMeaningfulParenthesesAndQuotedText() {
        assertThat(types.expression("(a OR b) AND c")).isEqualTo("(a or b)and c");
        assertThat(types.expression("a OR (b AND c)")).isEqualTo("a or b and c");
        assertThat(types.expression("(a + b) * 2 > 0")).isEqualTo("(a+b)*2>0");
        assertThat(types.expression("NOT (a AND b)")).isEqualTo("not(a and b)");
        assertThat(types.expression("name = 'It''s A'")).isEqualTo("name='It''s A'");
        assertThat(types.expression("a - 1 > 0")).isEqualTo("a-1>0");
        assertThat(types.expression("(a >= 1) = (b >= 1)")).isEqualTo("(a>=1)=(b>=1)");
    }

    @ParameterizedTest(name = "{0} -> {1} narrowing={2}")
    @CsvSource(delimiter = '|', value = {
            "varchar(255)|varchar(100)|true", "varchar(100)|varchar(255)|false", "varchar(100)|text|false",
            "text|varchar(100)|true", "character varying(10)|varchar(10)|false",
            "numeric(10,2)|numeric(8,2)|true", "numeric(10,2)|numeric(10,1)|true", "numeric(10,2)|numeric(12,3)|false",
            "numeric(10,2)|numeric|false", "numeric|numeric(10,2)|true",
            "bigint|integer|true", "bigint|smallint|true", "integer|smallint|true",
            "int|bigint|false", "smallint|int|false", "int4|integer|false", "integer|numeric(12,0)|false",
            "integer|numeric(5,0)|true",
            "real|double precision|false", "double precision|real|true",
            "timestamp|timestamptz|false", "timestamp(6)|timestamp(3)|true", "timestamptz|timestamp|true",
            "integer|varchar(10)|true", "varchar(10)|integer|true", "integer|boolean|true",
            "date|timestamp|false", "text|jsonb|true", "integer[]|bigint[]|false", "integer|integer[]|true"})
    void narrowingIsEverythingOutsideTheKnownWidenings(String from, String to, boolean narrowing) {
        assertThat(types.isNarrowing(from, to)).isEqualTo(narrowing);
    }
}
