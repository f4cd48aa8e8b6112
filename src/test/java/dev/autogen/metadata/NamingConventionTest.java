package dev.autogen.metadata;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.metadata.fixtures.basic.AuditEntry;
import dev.autogen.metadata.fixtures.basic.Customer;
import dev.autogen.metadata.fixtures.basic.Setting;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamingConventionTest {
    private static final ClassLoader LOADER = NamingConventionTest.class.getClassLoader();

    private static SchemaModel read(Map<String, String> convention, IdentifierNormaliser normaliser,
                                    Class<?>... classes) {
        return new EntityModelReader(new MetadataOptions(ModelFixtures.POSTGRES, Map.of(), normaliser, "public",
                convention)).read(List.of(classes), LOADER);
    }

    @Test
    void tokensAreFilledAndLongNamesKeepAHashOfTheWhole() {
        NamingConvention c = NamingConvention.of(Map.of("fk", "fk_%(table)s_%(columns)s_%(referred_table)s"));
        assertThat(c.name("fk", "orders", List.of("customer_id", "region"), "customers"))
                .isEqualTo("fk_orders_customer_id_region_customers");
        assertThat(c.name("pk", "orders", List.of("id"), null)).isEqualTo("pk_orders");
        assertThat(c.name("ck", "orders", List.of(), null)).isEqualTo("ck_orders");
        assertThat(c.name("ix", "orders", List.of("a"), null)).as("no pattern for ix: Hibernate's name stays").isNull();
        String longName = c.name("fk", "a_table_with_a_really_long_descriptive_name", List.of("another_long_column"),
                "the_referred_table");
        assertThat(longName).hasSize(NamingConvention.MAX_LENGTH).startsWith("fk_a_table_with_a_really_long_descriptive_name_ano")
                .isEqualTo(c.name("fk", "a_table_with_a_really_long_descriptive_name", List.of("another_long_column"),
                        "the_referred_table"));
        assertThat(c.name("fk", "a_table_with_a_really_long_descriptive_name", List.of("another_long_columm"),
                "the_referred_table")).as("a different whole gives a different hash").isNotEqualTo(longName);
    }

    @Test
    void badPatternsAreConfigurationErrorsThatSayWhatToWrite() {
        assertThatThrownBy(() -> NamingConvention.of(Map.of("fq", "fk_%(table)s")))
                .isInstanceOf(AutogenException.class).hasMessageContaining("naming_convention.fq")
                .hasMessageContaining("naming_convention.fk")
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.CONFIG));
        assertThatThrownBy(() -> NamingConvention.of(Map.of("ck", "ck_%(table)s_%(constraint_name)s")))
                .hasMessageContaining("%(constraint_name)s is not a token");
        assertThatThrownBy(() -> NamingConvention.of(Map.of("uq", "uq_%(referred_table)s_%(table)s")))
                .hasMessageContaining("%(referred_table)s is not a token");
        assertThatThrownBy(() -> NamingConvention.of(Map.of("ix", "ix_%(columns)s")))
                .hasMessageContaining("has no %(table)s");
        assertThatThrownBy(() -> NamingConvention.of(Map.of("ix", "ix-%(table)s")))
                .hasMessageContaining("only letters, digits");
    }

    @Test
    void configuredPatternsReplaceHibernatesHashesButNeverAStatedName() {
        SchemaModel model = read(Map.of("fk", "fk_%(table)s_%(columns)s_%(referred_table)s",
                        "uq", "uq_%(table)s_%(columns)s", "ix", "ix_%(table)s_%(columns)s"),
                IdentifierNormaliser.lowerCase(), Customer.class, AuditEntry.class, Setting.class);
        Table audit = model.table(QualifiedName.of("audit", "audit_entry")).orElseThrow();
        assertThat(audit.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_audit_entry_customer_id_customer");
        // "Happened At" is a quoted column: the name keeps its case and is quoted
        assertThat(audit.indexes()).extracting(Index::name).containsExactly("ix_audit_entry_Happened At");
        Table customer = model.table(QualifiedName.of("customer")).orElseThrow();
        assertThat(customer.uniqueConstraints()).extracting(UniqueConstraint::name)
                .as("@UniqueConstraint(name = ...) and @Index(name = ...) keep their names")
                .containsExactlyInAnyOrder("uk_customer_name_region", "uq_customer_email", "ux_customer_code");
        assertThat(customer.indexes()).extracting(Index::name).containsExactly("ix_customer_region_created");
    }

    @Test
    void theSameEntitiesGiveTheSameNamesInEachDatabasesSpelling() {
        SchemaModel upper = read(Map.of(), (identifier, quoted) -> quoted ? identifier
                : identifier.toUpperCase(java.util.Locale.ROOT), Customer.class);
        Table customer = upper.tables().get(0);
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("PK_CUSTOMER", List.of("ID")));
        assertThat(customer.checks()).extracting(c -> c.name())
                .containsExactly("CK_CUSTOMER_AGE", "CK_CUSTOMER_BALANCE", "CK_CUSTOMER_PREVIOUSSTATUS", "CK_CUSTOMER_STATUS");
    }

    @Test
    void anEmptyPatternLeavesTheNameToTheDatabase() {
        SchemaModel model = read(Map.of("pk", "", "ck", ""), IdentifierNormaliser.lowerCase(), Customer.class);
        assertThat(model.tables().get(0).primaryKey().name()).isNull();
        assertThat(model.tables().get(0).checks()).extracting(c -> c.name())
                .containsExactly("ck_customer_balance", null, null, null);
    }
}
