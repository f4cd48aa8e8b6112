package dev.autogen.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of STYLE.md, checked on every source file of every package (the root package included): each
 * reference to an autogen class, by import or by fully qualified name in code, must point along the pipeline.
 */
class PackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/autogen");
    /** The sources of the runtime module (runtime/, dev.autogen:autogen-runtime). */
    private static final Path RUNTIME = Path.of("runtime/src/main/java/dev/autogen");
    /**
     * The packages of the runtime module: what an application needs to apply revisions. They reference only each
     * other and import only the JDK, and no package lives in both modules.
     */
    private static final Set<String> RUNTIME_MODULE = Set.of("error", "model", "operation", "dialect", "runtime",
            "history", "apply", "export");
    /** What the runtime module may import besides itself: the JDK. */
    private static final Pattern JDK = Pattern.compile("^(java|javax\\.sql|javax\\.naming)\\.");
    /** {@code dev.autogen.x.Y} or {@code dev.autogen.Y} in code (strings and comments are removed first). */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.autogen\\.([\\w.]+)");
    private static final Pattern THIRD_PARTY = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final String ROOT = "(root)";

    /** The ground floor: the error types, which every package may use. */
    private static final String GROUND_FLOOR = "error";

    /**
     * For each package, the autogen packages it may reference besides itself and the ground floor. {@link #ROOT}
     * stands for the root package (the public facade). A package missing here is a violation: a new package states
     * its place in the pipeline.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("error", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("operation", Set.of("model")),
            Map.entry("dialect", Set.of("model", "operation")),
            Map.entry("runtime", Set.of("model", "operation", "dialect")),
            Map.entry("history", Set.of("model", "operation", "dialect", "runtime")),
            Map.entry("apply", Set.of("model", "operation", "dialect", "runtime", "history")),
            Map.entry("export", Set.of("model", "operation", "dialect", "runtime", "history", "apply")),
            Map.entry("compare", Set.of("model", "operation", "dialect")),
            Map.entry("codegen", Set.of("model", "operation")),
            Map.entry("scan", Set.of("config", "runtime")),
            Map.entry("metadata", Set.of("model")),
            Map.entry("config", Set.of("scan", "apply")),
            Map.entry("lint", Set.of("model", "operation", "dialect", "compare", "runtime", "history")),
            Map.entry("usecase", Set.of("model", "operation", "compare", "codegen", "scan", "metadata", "config",
                    "dialect", "runtime", "history", "apply", "export", "lint")),
            Map.entry(ROOT, Set.of("usecase", "model", "operation", "compare", "config", "dialect", "runtime",
                    "history", "apply", "lint")),
            Map.entry("cli", Set.of(ROOT, "usecase", "model", "operation", "config", "dialect", "runtime", "history",
                    "apply", "export", "lint")));

    /** Third-party packages only one autogen package may import. */
    private static final Map<String, String> OWNERS = Map.of(
            "org.hibernate", "metadata",
            "com.palantir.javapoet", "codegen",
            "picocli", "cli");

    @Test
    void dependenciesRunOneWayAndLibrariesStayInTheirPackage() throws IOException {
        Map<Path, String> sources = new LinkedHashMap<>();
        for (Path root : List.of(MAIN, RUNTIME)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.put(f, Files.readString(f));
                }
            }
        }
        assertThat(sources.keySet()).anyMatch(f -> f.startsWith(RUNTIME));
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(violations(sources)).isEmpty();
    }

    @Test
    void aForbiddenReferenceFailsTheRules() {
        Path runner = RUNTIME.resolve("apply/Runner.java");
        assertThat(violations(Map.of(runner, "package dev.autogen.apply;\nimport dev.autogen.Autogen;\n")))
                .singleElement().asString().contains("(apply) references dev.autogen.Autogen");
        assertThat(violations(Map.of(runner, "package dev.autogen.apply;\nimport dev.autogen.error.ErrorKind;\n")))
                .isEmpty();
        assertThat(violations(Map.of(RUNTIME.resolve("model/Table.java"),
                "package dev.autogen.model;\nclass T { Object o = new dev.autogen.operation.Plan(null); }\n")))
                .singleElement().asString().contains("(model) references dev.autogen.operation.Plan");
        assertThat(violations(Map.of(MAIN.resolve("lint/Linter.java"),
                "package dev.autogen.lint;\nimport dev.autogen.cli.Main;\n"))).hasSize(1);
        assertThat(violations(Map.of(MAIN.resolve("codegen/X.java"),
                "package dev.autogen.codegen;\n// see dev.autogen.cli.Main\nclass X { String s = \"dev.autogen.cli.Main\"; }\n")))
                .as("comments and strings are not references").isEmpty();
        assertThat(violations(Map.of(MAIN.resolve("newfloor/X.java"), "package dev.autogen.newfloor;\n")))
                .singleElement().asString().contains("not in the package rules");
        assertThat(violations(Map.of(MAIN.resolve("compare/X.java"), "package dev.autogen.compare;\n"
                + "import org.hibernate.mapping.Table;\n"))).singleElement().asString().contains("only metadata may");
        assertThat(violations(Map.of(RUNTIME.resolve("dialect/X.java"), "package dev.autogen.dialect;\n"
                + "class X { void f() { System.out.println(); } }\n"))).singleElement().asString().contains("prints");
    }

    @Test
    void theRuntimeModuleImportsTheJdkAloneAndNoPackageSpansBothModules() {
        assertThat(violations(Map.of(RUNTIME.resolve("apply/X.java"), "package dev.autogen.apply;\n"
                + "import io.github.classgraph.ClassGraph;\n"))).singleElement().asString()
                .contains("runtime module imports io.github.classgraph.ClassGraph");
        assertThat(violations(Map.of(RUNTIME.resolve("history/X.java"), "package dev.autogen.history;\n"
                + "import dev.autogen.scan.RevisionCompiler;\n"))).isNotEmpty();
        assertThat(violations(Map.of(RUNTIME.resolve("apply/X.java"), "package dev.autogen.apply;\n"
                + "import java.sql.Connection;\nimport javax.sql.DataSource;\nimport dev.autogen.history.RevisionGraph;\n")))
                .isEmpty();
        assertThat(violations(Map.of(MAIN.resolve("apply/X.java"), "package dev.autogen.apply;\n")))
                .singleElement().asString().contains("belongs to the runtime module");
        assertThat(violations(Map.of(RUNTIME.resolve("compare/X.java"), "package dev.autogen.compare;\n")))
                .singleElement().asString().contains("not a package of the runtime module");
    }

    static List<String> violations(Map<Path, String> sources) {
        List<String> violations = new ArrayList<>();
        sources.forEach((f, source) -> {
            String pkg = packageOf(f);
            boolean inRuntime = f.startsWith(RUNTIME);
            if (inRuntime && !RUNTIME_MODULE.contains(pkg)) {
                violations.add(f + ": package '" + pkg + "' is not a package of the runtime module; move it to src/");
                return;
            }
            if (!inRuntime && RUNTIME_MODULE.contains(pkg)) {
                violations.add(f + ": package '" + pkg + "' belongs to the runtime module; put it under runtime/");
                return;
            }
            if (inRuntime) {
                Matcher imported = THIRD_PARTY.matcher(source);
                while (imported.find()) {
                    String name = imported.group(1);
                    if (!name.startsWith("dev.autogen.") && !JDK.matcher(name).find()) {
                        violations.add(f + ": the runtime module imports " + name + "; it may import the JDK alone");
                    }
                }
            }
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(f + ": package '" + pkg + "' is not in the package rules; add it to ALLOWED");
                return;
            }
            Matcher imports = THIRD_PARTY.matcher(source);
            while (imports.find()) {
                String imported = imports.group(1);
                OWNERS.forEach((prefix, owner) -> {
                    if (imported.startsWith(prefix + ".") && !pkg.equals(owner)) {
                        violations.add(f + " imports " + imported + " (only " + owner + " may)");
                    }
                });
            }
            String code = withoutCommentsAndStrings(source).replaceFirst("(?m)^package [\\w.]+;", "");
            Matcher m = REFERENCE.matcher(code);
            Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                String rest = m.group(1);
                String target = packageOfReference(rest);
                boolean ok = target.equals(pkg) || allowed.contains(target) || target.equals(GROUND_FLOOR);
                if (!ok && seen.add(rest)) {
                    violations.add(f + " (" + pkg + ") references dev.autogen." + rest);
                }
            }
            if (!pkg.equals("cli") && (code.contains("System.out") || code.contains("System.err")
                    || code.contains("System.exit"))) {
                violations.add(f + " prints or exits outside the cli package");
            }
        });
        return violations;
    }

    private static String withoutCommentsAndStrings(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
                .replaceAll("'(?:\\\\.|[^'\\\\\\n])+'", "' '")
                .replaceAll("//[^\\n]*", " ");
    }

    private static String packageOf(Path file) {
        Path rel = (file.startsWith(RUNTIME) ? RUNTIME : MAIN).relativize(file.getParent());
        return rel.toString().isEmpty() ? ROOT : rel.getName(0).toString();
    }

    /** {@code model.Table} gives {@code model}; a root class ({@code ErrorKind}) gives {@link #ROOT}. */
    private static String packageOfReference(String rest) {
        return Character.isUpperCase(rest.charAt(0)) || rest.indexOf('.') < 0 ? ROOT : rest.substring(0, rest.indexOf('.'));
    }
}
