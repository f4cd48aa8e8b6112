package dev.autogen.scenario;

import dev.autogen.Autogen;
import dev.autogen.usecase.RevisionOutcome;
import dev.autogen.usecase.RevisionRequest;
import dev.autogen.config.SettingsLoader;
import dev.autogen.testing.Cli;
import dev.autogen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renames keep their rows: on evidence (the entity model the previous revision recorded beside it), by --rename,
 * or as the user answered; a candidate without evidence is named in the revision and stays a drop and an add.
 */
class RenameIT {
    private static final String CUSTOMER = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customer")
            public class Customer {
                @Id Long id;
                @Column(name = "%s", length = 254, nullable = false) String %s;
                @Column(name = "%s") %s %s;
            }
            """;
    private static final String ORDER = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "%s")
            public class PurchaseOrder {
                @Id Long id;
                @Column(name = "%s", length = 200) String note;
                @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "order_customer_fk"))
                Customer customer;
            }
            """;

    /** Rows survive upgrade and downgrade of a column and a table renamed on evidence, on every database. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rowsSurviveRenamesOnEvidence(TestDatabase.Kind kind, @TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(project).configure(db, "shop");
            entities(cli, "mail", "mail", "age", "Integer", "orders", "note");
            cli.expect(0, "-m", "shop");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO customer (id, mail, age) VALUES (1, 'ada@example.com', 36)",
                    "INSERT INTO orders (id, note, customer_id) VALUES (7, 'first order', 1)");
            Path evidence = only(project.resolve("migrations"), ".entities");
            assertThat(Files.readString(evidence)).contains("shop.Customer -> customer\n")
                    .contains("shop.Customer#mail -> customer(mail)\n").contains("shop.PurchaseOrder -> orders\n");

            // the fields keep their names; their columns and the entity's table are renamed
            entities(cli, "email", "mail", "age", "Integer", "purchase", "remark");
            List<Path> before = Scenarios.revisions(project.resolve("migrations"));
            Cli.Result written = cli.expect(0, "-m", "renames");
            Path revision = Scenarios.added(project.resolve("migrations"), before);
            String source = Files.readString(revision);
            assertThat(source).contains("op.renameColumn(\"customer\", \"mail\", \"email\");")
                    .contains("op.renameTable(\"orders\", \"purchase\");")
                    .contains("op.renameColumn(\"purchase\", \"note\", \"remark\");")
                    .contains("renamed on evidence: field Customer.mail now maps to column email")
                    .contains("renamed on evidence: entity PurchaseOrder now maps to table purchase")
                    .doesNotContain("dropColumn").doesNotContain("dropTable").doesNotContain("DATA LOSS");
            assertThat(written.out() + written.err()).contains("rename column customer.mail to email");
            assertThat(cli.run("check").code()).isEqualTo(1); // the revision is pending

            cli.expect(0, "upgrade", "head");
            assertThat(rows(db, "SELECT email FROM customer")).containsExactly("ada@example.com");
            assertThat(rows(db, "SELECT remark FROM purchase")).containsExactly("first order");
            cli.expect(0, "check");

            cli.expect(0, "downgrade", "-1");
            assertThat(rows(db, "SELECT mail FROM customer")).containsExactly("ada@example.com");
            assertThat(rows(db, "SELECT note FROM orders")).containsExactly("first order");
            cli.expect(0, "upgrade", "head");
            assertThat(rows(db, "SELECT remark FROM purchase")).containsExactly("first order");
        }
    }

    /**
     * Without evidence (the field renamed with its column), a dropped and an added column of the same definition
     * are a candidate: named in the header with the option, written as a drop and an add; a column of another type
     * is no candidate. --rename, or the answer to the question, makes the rename; a bad --rename is exit code 2.
     */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2", "POSTGRESQL"})
    void candidatesWithoutEvidence(TestDatabase.Kind kind, @TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Cli cli = new Cli(project).configure(db, "shop");
            Path migrations = project.resolve("migrations");
            entities(cli, "mail", "mail", "age", "Integer", "orders", "note");
            cli.expect(0, "-m", "shop");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO customer (id, mail, age) VALUES (1, 'ada@example.com', 36)");

            // fields renamed with their columns: the recorded model knows no field 'email' or 'years'; years is a bigint
            entities(cli, "email", "email", "years", "Long", "orders", "note");
            List<Path> before = Scenarios.revisions(migrations);
            cli.expect(0, "-m", "no evidence");
            Path revision = Scenarios.added(migrations, before);
            String source = Files.readString(revision);
            assertThat(source).contains("RENAME CANDIDATE: customer.mail to customer.email (")
                    .contains("if it is a rename, write the revision again with --rename customer.mail=email.")
                    .contains("op.dropColumn(\"customer\", \"mail\")").contains("addColumn(\"customer\"")
                    .doesNotContain("renameColumn").doesNotContain("customer.age to").doesNotContain("--rename customer.age");
            delete(revision);

            Cli.Result bad = cli.expect(2, "-m", "bad", "--rename", "customer.nothing=email");
            assertThat(bad.err()).contains("error: --rename customer.nothing=email cannot be used: the entities and the"
                    + " database differ by no drop of column customer.nothing and add of column customer.email");
            Cli.Result malformed = cli.expect(2, "-m", "bad", "--rename", "customer.mail");
            assertThat(malformed.err()).contains("error: --rename customer.mail cannot be used: write it as"
                    + " table.column=new_column or table=new_table");
            assertThat(Scenarios.revisions(migrations)).isEqualTo(before);

            // the library asks its question; the answer makes the rename
            List<String> asked = new ArrayList<>();
            Autogen library = Autogen.builder().settings(new SettingsLoader(Map.of())
                    .load(project, project.resolve("autogen.properties"), Map.of())).build();
            RevisionOutcome answered = library.revision(RevisionRequest.autogenerate("answered").withQuestion(c -> {
                asked.add(c);
                return true;
            }));
            assertThat(asked).singleElement().asString().startsWith("customer.mail to customer.email (");
            String answeredSource = Files.readString(answered.file().orElseThrow());
            assertThat(answeredSource).contains("RENAME: column customer.mail to email, renamed as you answered.")
                    .contains("op.renameColumn(\"customer\", \"mail\", \"email\");");
            delete(answered.file().orElseThrow());

            cli.expect(0, "-m", "by option", "--rename", "customer.mail=email");
            revision = Scenarios.added(migrations, before);
            assertThat(Files.readString(revision))
                    .contains("RENAME: column customer.mail to email, renamed by --rename customer.mail=email.")
                    .contains("op.renameColumn(\"customer\", \"mail\", \"email\");")
                    .contains("op.dropColumn(\"customer\", \"age\")");
            cli.expect(0, "upgrade", "head");
            assertThat(rows(db, "SELECT email FROM customer")).containsExactly("ada@example.com");
            cli.expect(0, "check");
            cli.expect(0, "downgrade", "-1");
            assertThat(rows(db, "SELECT mail FROM customer")).containsExactly("ada@example.com");
        }
    }

    /** A table renamed without evidence (another entity class, the same columns) is a candidate; --rename takes it. */
    @Test
    void tableCandidate(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            Cli cli = new Cli(project).configure(db, "shop");
            Path migrations = project.resolve("migrations");
            cli.write("src/shop/Note.java", "package shop;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"note\")"
                    + " public class Note { @Id Long id; @Column(length = 50) String body; }\n");
            cli.expect(0, "-m", "note");
            cli.expect(0, "upgrade", "head");
            db.execute("INSERT INTO note (id, body) VALUES (1, 'kept')");
            Files.delete(project.resolve("src/shop/Note.java"));
            cli.write("src/shop/Memo.java", "package shop;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"memo\")"
                    + " public class Memo { @Id Long id; @Column(length = 50) String body; }\n");
            List<Path> before = Scenarios.revisions(migrations);
            cli.expect(0, "-m", "memo");
            Path revision = Scenarios.added(migrations, before);
            assertThat(Files.readString(revision)).contains("RENAME CANDIDATE: table note to memo is written as a drop"
                    + " and an add").contains("--rename note=memo.").contains("op.dropTable(\"note\"");
            delete(revision);
            cli.expect(0, "-m", "memo", "--rename", "note=memo");
            revision = Scenarios.added(migrations, before);
            assertThat(Files.readString(revision)).contains("op.renameTable(\"note\", \"memo\");")
                    .contains("renamed by --rename note=memo");
            cli.expect(0, "upgrade", "head");
            assertThat(rows(db, "SELECT body FROM memo")).containsExactly("kept");
            cli.expect(0, "check");
        }
    }

    private static void entities(Cli cli, String mailColumn, String mailField, String ageColumn, String ageType,
                                 String orderTable, String noteColumn) {
        cli.write("src/shop/Customer.java", CUSTOMER.formatted(mailColumn, mailField, ageColumn, ageType, ageColumn));
        cli.write("src/shop/PurchaseOrder.java", ORDER.formatted(orderTable, noteColumn));
    }

    private static void delete(Path revision) throws Exception {
        Files.delete(revision);
        Files.deleteIfExists(revision.resolveSibling(revision.getFileName().toString().replace(".java", ".entities")));
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (var files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        return db.strings(sql);
    }
}
