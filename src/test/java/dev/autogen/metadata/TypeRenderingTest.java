package dev.autogen.metadata;

import dev.autogen.metadata.fixtures.basic.Customer;
import dev.autogen.metadata.fixtures.types.TypeSample;
import dev.autogen.model.Column;
import dev.autogen.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.autogen.metadata.ModelFixtures.H2;
import static dev.autogen.metadata.ModelFixtures.MARIADB;
import static dev.autogen.metadata.ModelFixtures.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;

/** What Hibernate 7 renders for each common Java type, per dialect: the input of every TypeNormaliser. */
class TypeRenderingTest {

    private static String typeOf(String dialect, Class<?> entity, String column) {
        Table table = ModelFixtures.reader(dialect, Map.of())
                .read(List.of(entity), TypeRenderingTest.class.getClassLoader()).tables().get(0);
        return table.column(column).map(Column::type).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            longid         | bigint                      | bigint                      | bigint
            string         | varchar(255)                | varchar(255)                | varchar(255)
            integer        | integer                     | integer                     | integer
            shortvalue     | smallint                    | smallint                    | smallint
            doublevalue    | float(53)                   | float(53)                   | float(53)
            floatvalue     | float4                      | float(24)                   | float(23)
            instant        | timestamp(6) with time zone | timestamp(6) with time zone | datetime(6)
            localdate      | date                        | date                        | date
            localdatetime  | timestamp(6)                | timestamp(6)                | datetime(6)
            localtime      | time(0)                     | time(0)                     | time(0)
            offsetdatetime | timestamp(6) with time zone | timestamp(6) with time zone | datetime(6)
            bigdecimal     | numeric(38,2)               | numeric(38,2)               | decimal(38,2)
            booleanvalue   | boolean                     | boolean                     | bit
            enumstring     | varchar(255)                | enum ('GREEN','RED')        | enum ('GREEN','RED')
            enumordinal    | smallint                    | tinyint                     | tinyint
            uuid           | uuid                        | uuid                        | binary(16)
            lobbytes       | oid                         | blob                        | longblob
            bytes          | bytea                       | varbinary(255)              | varbinary(255)
            lobstring      | oid                         | clob                        | longtext
            """)
    void rendersEachJavaTypeAsHibernateSchemaExportWould(String column, String postgres, String h2, String mariadb) {
        assertThat(typeOf(POSTGRES, TypeSample.class, column)).isEqualTo(postgres);
        assertThat(typeOf(H2, TypeSample.class, column)).isEqualTo(h2);
        assertThat(typeOf(MARIADB, TypeSample.class, column)).isEqualTo(mariadb);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            balance | numeric(12,2) | numeric(12,2)                      | decimal(12,2)
            status  | varchar(10)   | enum ('ACTIVE','CLOSED','SUSPENDED') | enum ('ACTIVE','CLOSED','SUSPENDED')
            """)
    void rendersLengthPrecisionAndEnumsPerDialect(String column, String postgres, String h2, String mariadb) {
        assertThat(typeOf(POSTGRES, Customer.class, column)).isEqualTo(postgres);
        assertThat(typeOf(H2, Customer.class, column)).isEqualTo(h2);
        assertThat(typeOf(MARIADB, Customer.class, column)).isEqualTo(mariadb);
    }
}
