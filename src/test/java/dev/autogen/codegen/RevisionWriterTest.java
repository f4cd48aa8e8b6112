package dev.autogen.codegen;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.operation.AddColumn;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.DropColumn;
import dev.autogen.operation.ExecuteSql;
import dev.autogen.operation.Plan;
import dev.autogen.operation.Risk;
import dev.autogen.runtime.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionWriterTest {
    private static final QualifiedName USERS = QualifiedName.of("users");

    private final RevisionWriter writer = new RevisionWriter();

    @Test
    void revisionIdsAreTwelveLowerCaseHexCharactersAndDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String id = RevisionIds.newRevisionId();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(100);
    }

    @Test
    void classNameIsUtcTimestampAndMessageSlug() {
        Instant created = Instant.parse("2026-11-24T13:05:12.789Z");
        assertThat(RevisionIds.className(created, "Add new_field to users"))
                .isEqualTo("R20261124_130512_add_new_field_to_users");
        assertThat(RevisionIds.className(created, "")).isEqualTo("R20261124_130512_revision");
        assertThat(RevisionIds.className(created, "!!! ???")).isEqualTo("R20261124_130512_revision");
    }

    @Test
    void slugIsAsciiLowerCaseAndCutAtAWordNearFortyCharacters() {
        assertThat(RevisionIds.slug("Crème Brûlée: add Prices (EUR)")).isEqualTo("creme_brulee_add_prices_eur");
        String slug = RevisionIds.slug("add the first column and the second column and the third column");
        assertThat(slug).isEqualTo("add_the_first_column_and_the_second");
        assertThat(slug.length()).isLessThanOrEqualTo(40);
        assertThat(RevisionIds.slug("x".repeat(60))).isEqualTo("x".repeat(40));
    }

    @Test
    void classNamesSortByCreationTime() {
        String earlier = RevisionIds.className(Instant.parse("2026-01-09T23:59:59Z"), "zzz");
        String later = RevisionIds.className(Instant.parse("2026-01-10T00:00:00Z"), "aaa");
        assertThat(earlier).isLessThan(later);
    }

    @Test
    void writePutsTheFileFlatInTheFolderAndNeverOverwrites(@TempDir Path dir) throws Exception {
        RevisionSpec spec = GoldenCases.spec("Add new_field to users",
                new AddColumn(USERS, Column.of("new_field", "varchar(255)")));
        Path folder = dir.resolve("db").resolve("migrations");

        Path file = writer.write(spec, folder);

        assertThat(file).isEqualTo(folder.resolve("R20261124_130512_add_new_field_to_users.java"));
        assertThat(Files.readString(file)).isEqualTo(writer.render(spec).source()).startsWith("package migrations;");
        Files.writeString(file, "hand edited");
        Path second = writer.write(spec, folder);
        assertThat(second).isEqualTo(folder.resolve("R20261124_130512_add_new_field_to_users_2.java"));
        assertThat(Files.readString(second)).contains("class R20261124_130512_add_new_field_to_users_2 ");
        assertThat(Files.readString(file)).isEqualTo("hand edited");
    }

    @Test
    void writeIntoAFolderThatCannotExistNamesTheFolderAndTheRemedy(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path folder = notAFolder.resolve("migrations");
        RevisionSpec spec = RevisionSpec.empty("abc", List.of(), "Hand written", GoldenCases.CREATED, "migrations");

        assertThatThrownBy(() -> writer.write(spec, folder))
                .isInstanceOfSatisfying(AutogenException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.IO))
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("writable");
    }

    @Test
    void dataLossCommentIsDirectlyAboveItsCallInBothMethodsAndMarkedInTheHeader() {
        RevisionSpec spec = GoldenCases.spec("Drop old field",
                new DropColumn(USERS, Column.of("old_field", "text")));
        String source = writer.render(spec).source();

        assertThat(source).contains("""
                    public void upgrade(Op op) {
                        // DATA LOSS: drops column users.old_field and its values
                        op.dropColumn("users", "old_field");
                """);
        assertThat(source).contains("<li><b>DATA LOSS</b>: drop column users.old_field</li>");
        assertThat(source).contains("""
                    public void downgrade(Op op) {
                        op.addColumn("users", column("old_field", TEXT));
                """);
    }

    @Test
    void dataLossSentenceOnSeveralLinesStaysOneCommentLine() {
        RevisionSpec base = GoldenCases.spec("x", new DropColumn(USERS, Column.of("c", "text")));
        RevisionSpec spec = new RevisionSpec(base.id(), base.parents(), base.message(), base.created(),
                base.packageName(), List.of(), List.of(), base.upgrade(), base.downgrade(),
                op -> List.of(new Risk(Risk.Kind.DATA_LOSS, "line one\nline two \\u000a", USERS, null)), List.of());
        assertThat(writer.render(spec).source()).contains("// DATA LOSS: line one line two \\\\u000a\n");
    }

    @Test
    void messageCannotCloseTheJavadocOrInjectCode(@TempDir Path dir) throws Exception {
        RevisionSpec spec = RevisionSpec.empty("abc", List.of(), "*/ class X { } /* \" \\u0022", GoldenCases.CREATED,
                "migrations");
        GeneratedRevision revision = writer.render(spec);
        RevisionCompiler compiler = new RevisionCompiler(dir);
        assertThat(compiler.diagnostics(spec, revision)).isEmpty();
        Migration migration = compiler.load(spec, revision);
        assertThat(migration.getClass().getAnnotation(dev.autogen.runtime.Revision.class).message())
                .isEqualTo(spec.message());
    }

    @Test
    void parentsAreOmittedForARootAndAnArrayForAMerge() {
        String root = writer.render(RevisionSpec.empty("abc", List.of(), "root", GoldenCases.CREATED, "m")).source();
        assertThat(root).doesNotContain("parents =").contains("abc, a root revision");
        String merge = writer.render(RevisionSpec.empty("abc", List.of("p1", "p2", "p3"), "merge",
                GoldenCases.CREATED, "m")).source();
        assertThat(merge).contains("parents = {\"p1\", \"p2\", \"p3\"}").contains("merging parents p1, p2 and p3");
    }

    @Test
    void ddlIsStaticallyImportedOnlyWhenUsed() {
        String withoutDdl = writer.render(GoldenCases.spec("sql", new ExecuteSql("SELECT 1", "SELECT 2"))).source();
        assertThat(withoutDdl).doesNotContain("import static");
        String withDdl = writer.render(GoldenCases.spec("col", new AddColumn(USERS, Column.of("c", "int")))).source();
        assertThat(withDdl).contains("import static dev.autogen.runtime.Ddl.*;");
    }

    @Test
    void summariesAreOneReadableLine() {
        assertThat(writer.summary(new AddColumn(USERS, Column.of("new_field", "varchar(255)"))))
                .isEqualTo("add column users.new_field (varchar(255), nullable)");
        assertThat(writer.summary(new AlterColumn(USERS, Column.of("name", "varchar(255)"),
                new Column("name", "varchar(100)", false, "'x'", false, null), null)))
                .isEqualTo("alter column users.name: type varchar(255) to varchar(100), not null, default none to 'x'");
        assertThat(writer.summary(new AddForeignKey(QualifiedName.of("orders"), new ForeignKey("fk_o_u",
                List.of("user_id"), USERS, List.of("id"), ReferentialAction.CASCADE))))
                .isEqualTo("add foreign key fk_o_u on orders (user_id) references users (id) on delete cascade");
        assertThat(writer.summary(new CreateIndex(USERS, new Index("ix", List.of(IndexColumn.desc("a"),
                new IndexColumn("lower(b)", false, true)), true, "a > 0"), false)))
                .isEqualTo("create unique index ix on users (a desc, lower(b)) where a > 0");
        assertThat(writer.summary(new ExecuteSql("UPDATE   users\n SET x = 1 WHERE y = 2 AND z = 3 AND w = 4 AND v = 5 AND u = 6",
                null))).isEqualTo("execute SQL: UPDATE users SET x = 1 WHERE y = 2 AND z = 3 AND w = 4 AN...");
    }

    @Test
    void emptyPlansGivePlaceholders() {
        String source = writer.render(RevisionSpec.empty("abc", List.of("p"), "Backfill", GoldenCases.CREATED,
                "migrations")).source();
        assertThat(source).contains("No schema changes were recorded").contains("Write the downgrade here");
        assertThat(new RevisionSpec("abc", List.of(), null, GoldenCases.CREATED, "", List.of(), List.of(),
                Plan.empty(), Plan.empty(), null, List.of()).risks().apply(null)).isEmpty();
    }
}
