package dev.autogen.codegen;

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
        if (op instanceof dev.autogen.operation.AlterColumn a) {
            // the conversion back is the other method's using(...): each method states only its own
            return new dev.autogen.operation.AlterColumn(a.table(), a.from(), a.to(), a.using());
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
