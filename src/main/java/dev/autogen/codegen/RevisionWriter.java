package dev.autogen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.operation.Plan;
import dev.autogen.operation.Risk;

import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a revision class: a {@code Migration} whose {@code upgrade} and {@code downgrade} call the runtime
 * {@code Op} API, one statement per operation, each operation that can lose data preceded by a
 * {@code // DATA LOSS: ...} comment and each that may fail on existing rows by a {@code // MAY FAIL: ...} one, under a Javadoc header that lists the upgrade's changes.
 */
public final class RevisionWriter {
    private static final ClassName MIGRATION = ClassName.get("dev.autogen.runtime", "Migration");
    private static final ClassName OP = ClassName.get("dev.autogen.runtime", "Op");
    private static final String INDENT = "    ";
    /** Operations per generated method; keeps every method far below the JVM's 64 KB bytecode limit. */
    static final int PART_SIZE = 100;

    private final RevisionStyle style;

    /** A writer of portable revisions reading the SQL standard's type names as portable types. */
    public RevisionWriter() {
        this(RevisionStyle.STANDARD);
    }

    /** A writer of portable revisions whose column types {@code style} gives. */
    public RevisionWriter(RevisionStyle style) {
        this.style = style;
    }

    /** The class for {@code spec}, named {@link RevisionIds#className}, in package {@code spec.packageName()}. */
    public GeneratedRevision render(RevisionSpec spec) {
        return render(spec, "");
    }

    private GeneratedRevision render(RevisionSpec spec, String suffix) {
        String className = RevisionIds.className(spec.created(), spec.message()) + suffix;
        OperationCode code = new OperationCode(style);
        List<MethodSpec> upgrade = methods("upgrade", spec.upgrade(), spec.risks(), code, CodeBlock.of(
                "// No schema changes were recorded for this revision.\n"
                        + "// Write the upgrade here, e.g. data migrations with op.execute(...) or op.bulkInsert(...).\n"));
        List<MethodSpec> downgrade = methods("downgrade", spec.downgrade(), spec.risks(), code, CodeBlock.of(
                "// Write the downgrade here: undo what upgrade() does, e.g. with op.execute(...).\n"));
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addJavadoc(RevisionHeader.javadoc(spec, this::summary))
                .addAnnotation(RevisionHeader.annotation(spec))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(MIGRATION);
        // public methods first, then the parts of long plans, so a reader meets upgrade() and downgrade() first
        type.addMethod(upgrade.get(0)).addMethod(downgrade.get(0));
        upgrade.subList(1, upgrade.size()).forEach(type::addMethod);
        downgrade.subList(1, downgrade.size()).forEach(type::addMethod);
        JavaFile.Builder file = JavaFile.builder(spec.packageName(), type.build()).indent(INDENT).skipJavaLangImports(true);
        if (code.usesDdl()) {
            file.addStaticImport(Statements.DDL, "*");
        }
        if (code.usesTypes()) {
            file.addStaticImport(TypeCode.TYPES, "*");
        }
        return new GeneratedRevision(className, className + ".java", file.build().toString());
    }

    /**
     * Writes the rendered class as {@code <ClassName>.java} directly into {@code migrationsFolder} (no package
     * subfolders), creating the folder when missing. Never overwrites an existing file.
     *
     * @return the written file
     * @throws AutogenException of kind {@link ErrorKind#IO} when the file exists or cannot be written
     */
    public Path write(RevisionSpec spec, Path migrationsFolder) {
        try {
            Files.createDirectories(migrationsFolder);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot create the migrations folder " + migrationsFolder
                    + " (" + e + "); check that the path is a writable directory or set another migrations folder.", e);
        }
        // two revisions with the same message in the same second get _2, _3, ... so neither is lost
        for (int n = 1; ; n++) {
            GeneratedRevision revision = n == 1 ? render(spec) : render(spec, "_" + n);
            Path file = migrationsFolder.resolve(revision.fileName());
            try {
                Files.writeString(file, revision.source(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw new AutogenException(ErrorKind.IO, "Revision file " + file + " already exists and autogen"
                            + " never overwrites a revision; rename or remove it, or use another message.", e);
                }
            } catch (IOException e) {
                throw new AutogenException(ErrorKind.IO, "Cannot write revision file " + revision.fileName()
                        + " into the migrations folder " + migrationsFolder + " (" + e + "); check that the folder "
                        + "is writable or set another migrations folder.", e);
            }
        }
    }

    /** One line saying what {@code op} does, e.g. {@code add column users.new_field (varchar(255), nullable)}. */
    public String summary(Operation op) {
        return op.accept(new OperationSummary());
    }

    /**
     * The method for a plan; a plan longer than {@link #PART_SIZE} operations is split into private
     * {@code upgradePart1(op)}, ... methods that the public one calls in order, because the JVM limits a method
     * to 64 KB of bytecode (about 300 createTable calls).
     */
    private static List<MethodSpec> methods(String name, Plan plan, Function<Operation, List<Risk>> risks,
                                            OperationCode code, CodeBlock placeholder) {
        List<Operation> ops = plan.operations();
        if (ops.size() <= PART_SIZE) {
            return List.of(method(name, Modifier.PUBLIC, ops, risks, code, placeholder, true));
        }
        List<MethodSpec> parts = new ArrayList<>();
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int from = 0, part = 1; from < ops.size(); from += PART_SIZE, part++) {
            String partName = name + "Part" + part;
            calls.addStatement("$N(op)", partName);
            parts.add(method(partName, Modifier.PRIVATE, ops.subList(from, Math.min(ops.size(), from + PART_SIZE)),
                    risks, code, placeholder, false));
        }
        List<MethodSpec> all = new ArrayList<>();
        all.add(MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(OP, "op").addCode(calls.build()).build());
        all.addAll(parts);
        return all;
    }

    private static MethodSpec method(String name, Modifier visibility, List<Operation> ops,
                                     Function<Operation, List<Risk>> risks, OperationCode code,
                                     CodeBlock placeholder, boolean override) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (ops.isEmpty()) {
            body.add(placeholder);
        }
        for (Operation op : ops) {
            for (Risk risk : risks.apply(op)) {
                body.add("// $L: $L\n", risk.kind().label(), RevisionHeader.lineComment(risk.sentence()));
            }
            body.add(op.accept(code));
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder(name);
        if (override) {
            m.addAnnotation(Override.class);
        }
        return m.addModifiers(visibility).addParameter(OP, "op").addCode(body.build()).build();
    }
}
