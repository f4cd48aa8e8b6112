package dev.autogen.metadata;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.metadata.fixtures.basic.AuditEntry;
import dev.autogen.metadata.fixtures.basic.Customer;
import dev.autogen.metadata.fixtures.basic.Setting;
import dev.autogen.metadata.fixtures.broken.NoIdentifier;
import dev.autogen.metadata.fixtures.inheritance.Animal;
import dev.autogen.metadata.fixtures.inheritance.CardPayment;
import dev.autogen.metadata.fixtures.inheritance.Cat;
import dev.autogen.metadata.fixtures.inheritance.Dog;
import dev.autogen.metadata.fixtures.inheritance.Payment;
import dev.autogen.metadata.fixtures.inheritance.Car;
import dev.autogen.metadata.fixtures.inheritance.Truck;
import dev.autogen.metadata.fixtures.inheritance.Vehicle;
import dev.autogen.metadata.fixtures.onetoone.Account;
import dev.autogen.metadata.fixtures.onetoone.Profile;
import dev.autogen.metadata.fixtures.pgenum.Person;
import dev.autogen.metadata.fixtures.relations.Address;
import dev.autogen.metadata.fixtures.relations.Author;
import dev.autogen.metadata.fixtures.relations.BaseEntity;
import dev.autogen.metadata.fixtures.relations.Book;
import dev.autogen.metadata.fixtures.relations.MoneyConverter;
import dev.autogen.metadata.fixtures.relations.OrderLine;
import dev.autogen.metadata.fixtures.relations.OrderLineId;
import dev.autogen.model.CheckConstraint;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.autogen.metadata.ModelFixtures.name;
import static dev.autogen.metadata.ModelFixtures.notNull;
import static dev.autogen.metadata.ModelFixtures.nullable;
import static dev.autogen.metadata.ModelFixtures.postgres;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityModelReaderTest {

    private static final ClassLoader LOADER = EntityModelReaderTest.class.getClassLoader();

    private static SchemaModel read(Class<?>... classes) {
        return postgres().read(List.of(classes), LOADER);
    }

    @Test
    void columnsKeysIndexesChecksCommentsAndIdentityOfOneEntity() {
        SchemaModel model = read(Customer.class);

        assertThat(model.tables()).containsExactly(new Table(name("customer"),
                List.of(notNull("id", "bigint").withIdentity(true),
                        nullable("age", "integer"),
                        nullable("balance", "numeric(12,2)").withDefault("0"),
                        nullable("code", "varchar(12)"),
                        nullable("created_on", "date"),
                        nullable("email", "varchar(20)"),
                        notNull("name", "varchar(100)").withComment("Full name"),
                        nullable("photo", "oid"),
                        nullable("previousstatus", "smallint"),
                        nullable("region", "varchar(255)"),
                        nullable("status", "varchar(10)"),
                        notNull("version", "integer")),
                new PrimaryKey("pk_customer", List.of("id")),
                List.of(),
                List.of(new UniqueConstraint("uk_customer_name_region", List.of("name", "region")),
                        // @Column(unique = true): Hibernate's hashed name for table customer, column email
                        new UniqueConstraint("ukdwk6cx0afu8bs9o4t536v1j5v", List.of("email")),
                        // @Index(unique = true) becomes a unique key in Hibernate 7
                        new UniqueConstraint("ux_customer_code", List.of("code"))),
                List.of(new Index("ix_customer_region_created",
                        List.of(IndexColumn.asc("region"), IndexColumn.desc("created_on")), false, null)),
                // unnamed checks are named by the naming convention: ck_<table>_<columns>
                List.of(new CheckConstraint("ck_customer_age", "age > 17"),
                        new CheckConstraint("ck_customer_balance", "balance >= 0"),
                        new CheckConstraint("ck_customer_previousstatus", "previousStatus between 0 and 2"),
                        new CheckConstraint("ck_customer_status", "status in ('ACTIVE','SUSPENDED','CLOSED')")),
                "People who buy things"));
        assertThat(model.sequences()).isEmpty();
        assertThat(model.enumTypes()).isEmpty();
    }

    @Test
    void schemasQuotedNamesColumnDefinitionAndGeneratedIndexNames() {
        SchemaModel model = read(Customer.class, AuditEntry.class, Setting.class);
        QualifiedName audit = QualifiedName.of("audit", "audit_entry");

        assertThat(model.tables()).extracting(Table::name)
                .containsExactly(audit, name("customer"), name("setting"));
        assertThat(model.table(audit)).contains(new Table(audit,
                List.of(notNull("id", "bigint"),
                        nullable("details", "text"),
                        nullable("Happened At", "timestamp(6)"),
                        nullable("customer_id", "bigint")),
                new PrimaryKey("pk_audit_entry", List.of("id")),
                List.of(new ForeignKey("fktiweay3gjveotrw0fcal5ae50", List.of("customer_id"), name("customer"),
                        List.of("id"), ReferentialAction.NO_ACTION)),
                List.of(),
                List.of(new Index("idxbcd7whkktqeoidxcirjjo9hyj", List.of(IndexColumn.asc("Happened At")), false, null)),
                List.of(), null));
        // schema "public" is the default schema, so it is dropped; the FK target keeps its schema
        assertThat(model.table(name("setting"))).contains(new Table(name("setting"),
                List.of(notNull("name", "varchar(255)"),
                        nullable("value", "varchar(255)"),
                        nullable("lastchange_id", "bigint")),
                new PrimaryKey("pk_setting", List.of("name")),
                List.of(new ForeignKey("fk7gno5i8unfklqlljh8tfgd9wg", List.of("lastchange_id"), audit,
                        List.of("id"), ReferentialAction.NO_ACTION)),
                List.of(), List.of(), List.of(), null));
    }

    @Test
    void singleTableInheritanceHasDiscriminatorAndSubclassChecks() {
        SchemaModel model = read(Vehicle.class, Car.class, Truck.class);

        assertThat(model.tables()).containsExactly(new Table(name("vehicle"),
                List.of(notNull("kind", "varchar(10)"),
                        notNull("id", "bigint"),
                        nullable("maker", "varchar(255)"),
                        nullable("seats", "integer"),
                        nullable("payload", "float(53)")),
                new PrimaryKey("pk_vehicle", List.of("id")), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("ck_vehicle_kind", "kind in ('V','C','T')"),
                        new CheckConstraint("ck_vehicle_kind_payload", "kind <> 'T' or (payload is not null)"),
                        new CheckConstraint("ck_vehicle_kind_seats", "kind <> 'C' or (seats is not null)")),
                null));
    }

    @Test
    void joinedInheritanceKeysSubclassTableByRootAndUsesDefaultSequence() {
        SchemaModel model = read(Payment.class, CardPayment.class);

        assertThat(model.tables()).containsExactly(
                new Table(name("cardpayment"),
                        List.of(nullable("cardnumber", "varchar(255)"), notNull("id", "bigint")),
                        new PrimaryKey("pk_cardpayment", List.of("id")),
                        List.of(new ForeignKey("fka14w7iwcugxs1curkuwet67nq", List.of("id"), name("payment"),
                                List.of("id"), ReferentialAction.NO_ACTION)),
                        List.of(), List.of(), List.of(), null),
                Table.of(name("payment"), List.of(notNull("id", "bigint"), nullable("amount", "numeric(38,2)")))
                        .withPrimaryKey(new PrimaryKey("pk_payment", List.of("id"))));
        assertThat(model.sequences()).containsExactly(new Sequence(name("payment_seq"), 1, 50));
    }

    @Test
    void tablePerClassGivesEachConcreteClassATableAndKeepsExplicitSequence() {
        SchemaModel model = read(Animal.class, Cat.class, Dog.class);

        assertThat(model.tables()).containsExactly(
                Table.of(name("cat"), List.of(notNull("id", "bigint"), nullable("name", "varchar(255)"),
                        notNull("lives", "integer"))).withPrimaryKey(new PrimaryKey("pk_cat", List.of("id"))),
                Table.of(name("dog"), List.of(notNull("id", "bigint"), nullable("name", "varchar(255)"),
                        notNull("goodboy", "boolean"))).withPrimaryKey(new PrimaryKey("pk_dog", List.of("id"))));
        assertThat(model.sequences()).containsExactly(new Sequence(name("animal_id_seq"), 100, 10));
    }

    @Test
    void relationsEmbeddablesCollectionsJoinTablesAndOnDelete() {
        SchemaModel model = read(Address.class, Author.class, BaseEntity.class, Book.class, MoneyConverter.class,
                OrderLine.class, OrderLineId.class);

        assertThat(model.tables()).containsExactly(
                Table.of(name("author"), List.of(notNull("id", "uuid"),
                        notNull("created_at", "timestamp(6) with time zone"),
                        nullable("home_street", "varchar(80)"),
                        nullable("zip", "varchar(10)"),
                        nullable("name", "varchar(255)"))).withPrimaryKey(new PrimaryKey("pk_author", List.of("id"))),
                new Table(name("author_tag"),
                        List.of(notNull("author_id", "uuid"), nullable("tag", "varchar(30)")),
                        null,
                        List.of(new ForeignKey("fk5tjrkd89itir6h52vk0xqog10", List.of("author_id"), name("author"),
                                List.of("id"), ReferentialAction.NO_ACTION)),
                        List.of(new UniqueConstraint("uk2ctg3rlbb475m65yx1f7db1u6", List.of("author_id", "tag"))),
                        List.of(), List.of(), null),
                new Table(name("book"),
                        List.of(notNull("id", "uuid"),
                                notNull("created_at", "timestamp(6) with time zone"),
                                // the auto-applied converter maps Money to Long
                                nullable("price", "bigint"),
                                nullable("title", "varchar(255)"),
                                nullable("editor_id", "uuid")),
                        new PrimaryKey("pk_book", List.of("id")),
                        List.of(new ForeignKey("fkep3kq4wxskim1ksgs39py3gij", List.of("editor_id"), name("author"),
                                List.of("id"), ReferentialAction.NO_ACTION)),
                        List.of(), List.of(), List.of(), null),
                new Table(name("book_author"),
                        List.of(notNull("book_id", "uuid"), notNull("author_id", "uuid")),
                        new PrimaryKey("pk_book_author", List.of("book_id", "author_id")),
                        List.of(new ForeignKey("fki58evljxutyg4crade5qq9chg", List.of("author_id"), name("author"),
                                        List.of("id"), ReferentialAction.NO_ACTION),
                                new ForeignKey("fkp9yng9x0cua3n2j4gfvlwpsc0", List.of("book_id"), name("book"),
                                        List.of("id"), ReferentialAction.NO_ACTION)),
                        List.of(), List.of(), List.of(), null),
                new Table(name("orderline"),
                        List.of(notNull("order_no", "bigint"), notNull("line_no", "integer"),
                                notNull("quantity", "integer"), notNull("book_id", "uuid")),
                        new PrimaryKey("pk_orderline", List.of("order_no", "line_no")),
                        List.of(new ForeignKey("fkfc5ivmt6es6pk90v6ew70q4sw", List.of("book_id"), name("book"),
                                List.of("id"), ReferentialAction.CASCADE)),
                        List.of(), List.of(), List.of(), null));
    }

    @Test
    void oneToOneUniqueKeyUnnamedUniqueConstraintOnDeleteSetNullAndSequenceInSchema() {
        SchemaModel model = read(Account.class, Profile.class);
        QualifiedName account = QualifiedName.of("billing", "account");

        assertThat(model.tables()).containsExactly(
                new Table(account,
                        List.of(notNull("id", "bigint"), nullable("label", "varchar(255)"),
                                nullable("owner", "varchar(255)"), nullable("profile_id", "bigint")),
                        new PrimaryKey("pk_account", List.of("id")),
                        List.of(new ForeignKey("fkgphmip9pgw72x7ekg9c0x84ty", List.of("profile_id"), name("profile"),
                                List.of("id"), ReferentialAction.SET_NULL)),
                        List.of(new UniqueConstraint("uk7jsywfy7867bkijgicqkn1gyw", List.of("profile_id")),
                                new UniqueConstraint("uksg7nfpvwm7ppobvxb073xa8hb", List.of("owner", "label"))),
                        List.of(), List.of(), null),
                Table.of(name("profile"), List.of(notNull("id", "bigint")))
                        .withPrimaryKey(new PrimaryKey("pk_profile", List.of("id"))));
        assertThat(model.sequences()).containsExactly(new Sequence(QualifiedName.of("billing", "account_ids"), 1, 1));
    }

    @Test
    void mariaDbQualifiesByCatalogOnlySoHibernateIgnoresTheSchema() {
        SchemaModel model = ModelFixtures.reader(ModelFixtures.MARIADB, Map.of())
                .read(List.of(Account.class, Profile.class), LOADER);

        assertThat(model.tables()).extracting(Table::name).containsExactly(name("account"), name("profile"));
        // Hibernate creates MariaDB sequences "nocache": a cache of 0
        assertThat(model.sequences()).containsExactly(new Sequence(name("account_ids"), 1, 1, 0L));
    }

    @Test
    void namedPostgresEnumBecomesEnumTypeWithSortedValues() {
        SchemaModel model = read(Person.class);

        assertThat(model.tables()).containsExactly(Table.of(name("person"),
                        List.of(notNull("id", "bigint"), nullable("mood", "mood")))
                .withPrimaryKey(new PrimaryKey("pk_person", List.of("id"))));
        // Hibernate creates: create type Mood as enum ('HAPPY','MEH','SAD')
        assertThat(model.enumTypes()).containsExactly(new EnumType(name("mood"), List.of("HAPPY", "MEH", "SAD")));
    }

    @Test
    void physicalNamingStrategyFromSettingsRenamesTablesAndColumns() {
        SchemaModel model = ModelFixtures.reader(ModelFixtures.POSTGRES, Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"))
                .read(List.of(Payment.class, CardPayment.class), LOADER);

        assertThat(model.tables()).extracting(Table::name).containsExactly(name("card_payment"), name("payment"));
        assertThat(model.table(name("card_payment")).orElseThrow().columns())
                .containsExactly(nullable("card_number", "varchar(255)"), notNull("id", "bigint"));
    }

    @Test
    void quotedIdentifiersAreKeptAndUnquotedOnesFoldedByTheNormaliser() {
        EntityModelReader upper = new EntityModelReader(new MetadataOptions(ModelFixtures.H2, Map.of(),
                (identifier, quoted) -> quoted ? identifier : identifier.toUpperCase(java.util.Locale.ROOT), "PUBLIC"));
        SchemaModel model = upper.read(List.of(Customer.class, AuditEntry.class), LOADER);

        Table audit = model.table(QualifiedName.of("AUDIT", "AUDIT_ENTRY")).orElseThrow();
        assertThat(audit.columns()).extracting(dev.autogen.model.Column::name)
                .containsExactly("ID", "DETAILS", "Happened At", "CUSTOMER_ID");
        assertThat(audit.foreignKeys()).extracting(ForeignKey::targetTable).containsExactly(name("CUSTOMER"));
    }

    @Test
    void mappingErrorNamesTheEntityAndTheRemedy() {
        assertThatThrownBy(() -> read(NoIdentifier.class))
                .isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.MODEL))
                .hasMessageContaining(NoIdentifier.class.getName())
                .hasMessageContaining("identifier")
                .hasMessageContaining("fix the mapping annotations");
    }

    @Test
    void unknownDialectIsAConfigurationError() {
        assertThatThrownBy(() -> ModelFixtures.reader("org.example.NoSuchDialect", Map.of())
                .read(List.of(Customer.class), LOADER))
                .isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.CONFIG))
                .hasMessageContaining("org.example.NoSuchDialect");
    }
}
