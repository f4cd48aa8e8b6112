package dev.autogen.codegen;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.Column;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.model.CheckConstraint;
import dev.autogen.operation.*;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case renders to exactly its golden file, compiles without a single diagnostic, and, when run, records the
 * spec's plans again. Run with {@code -Dautogen.updateGolden=true} to rewrite the golden files (then review them).
 */
class RevisionWriterGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("autogen.updateGolden");

    private final RevisionWriter writer = new RevisionWriter();

    static Stream<Arguments> cases() {
        return GoldenCases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersGoldenFileThatCompilesAndRecordsThePlans(String name, RevisionSpec spec, @TempDir Path work)
            throws Exception {
        GeneratedRevision revision = writer.render(spec);
        Path golden = GOLDEN.resolve(name + ".java");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, revision.source());
        }
        assertThat(revision.source()).isEqualTo(Files.readString(golden));

        RevisionCompiler compiler = new RevisionCompiler(work);
        assertThat(compiler.diagnostics(spec, revision)).isEmpty();
        Migration migration = compiler.load(spec, revision);

        Op upgrade = new Op();
        migration.upgrade(upgrade);
        assertThat(upgrade.plan()).isEqualTo(carried(spec.upgrade()));
        Op downgrade = new Op();
        migration.downgrade(downgrade);
        assertThat(downgrade.plan()).isEqualTo(carried(spec.downgrade()));

        // an alter states only what the change needs: every database renders it exactly as the full operation
        for (Dialect dialect : Dialects.all()) {
            assertSameAlters(dialect, upgrade.plan(), spec.upgrade());
            assertSameAlters(dialect, downgrade.plan(), spec.downgrade());
        }
    }

    private static void assertSameAlters(Dialect dialect, Plan recorded, Plan full) {
        for (int i = 0; i < full.operations().size(); i++) {
            // a conversion with USING renders on PostgreSQL only
            if (full.operations().get(i) instanceof AlterColumn a && (a.using() == null || dialect.name().equals("postgresql"))) {
                assertThat(dialect.renderer().render(recorded.operations().get(i)))
                        .as("%s on %s", a, dialect.name()).isEqualTo(dialect.renderer().render(a));
            }
        }
    }

    /**
     * The plan as the {@code Op} API records it: drops name only their object (the object itself is in the paired
     * create of the other method), an alter carries only its own conversion, and {@code op.execute(sql)} carries no reverse (the downgrade is written out).
     * Everything else must come back exactly.
     */
    static Plan carried(Plan plan) {
        return new Plan(plan.operations().stream().map(RevisionWriterGoldenTest::carried).toList());
    }

    private static Operation carried(Operation op) {
        if (op instanceof AlterColumn a && a.using() == null && a.from().withDefault(a.to().defaultValue()).equals(a.to())) {
            // a change of the default alone states only the existing default: nothing else is needed to render it
            Column from = new Column(a.from().name(), null, true, a.from().defaultValue(), false, null);
            return new AlterColumn(a.table(), from, from.withDefault(a.to().defaultValue()), null);
        }
        if (op instanceof AlterColumn a) {
            // the conversion back is the other method's using(...): each method states only its own
            return new AlterColumn(a.table(), a.from(), a.to(), a.using());
        }
        if (op instanceof DropTable d) {
            return new DropTable(Table.of(d.table().name(), List.of()));
        }
        if (op instanceof DropColumn d) {
            return new DropColumn(d.table(), Column.of(d.column().name(), null));
        }
        if (op instanceof DropPrimaryKey d) {
            return new DropPrimaryKey(d.table(), new PrimaryKey(d.primaryKey().name(), List.of()));
        }
        if (op instanceof DropForeignKey d) {
            return new DropForeignKey(d.table(), new ForeignKey(d.foreignKey().name(), List.of(), d.table(),
                    List.of(), null));
        }
        if (op instanceof DropUniqueConstraint d) {
            return new DropUniqueConstraint(d.table(), new UniqueConstraint(d.constraint().name(), List.of()));
        }
        if (op instanceof DropCheckConstraint d) {
            return new DropCheckConstraint(d.table(), new CheckConstraint(d.constraint().name(), ""));
        }
        if (op instanceof DropIndex d) {
            return new DropIndex(d.table(), new Index(d.index().name(), List.of(), false, null), d.concurrently());
        }
        if (op instanceof DropSequence d) {
            return new DropSequence(new Sequence(d.sequence().name(), 1, 1));
        }
        if (op instanceof DropEnumType d) {
            return new DropEnumType(new EnumType(d.enumType().name(), List.of()));
        }
        if (op instanceof ExecuteSql e) {
            return new ExecuteSql(e.sql(), null);
        }
        return op;
    }
}
