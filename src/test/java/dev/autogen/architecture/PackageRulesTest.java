package dev.autogen.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The package rules of STYLE.md, checked by scanning imports: dependencies run one way along the pipeline. */
class PackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/autogen");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** For each package, the autogen packages it may import (besides itself and the root error types). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("operation", Set.of("model")),
            Map.entry("compare", Set.of("model", "operation", "dialect")),
            Map.entry("codegen", Set.of("model", "operation")),
            Map.entry("introspect", Set.of("model")),
            Map.entry("scan", Set.of("config")),
            Map.entry("metadata", Set.of("model")),
            Map.entry("config", Set.of("scan")),
            Map.entry("dialect", Set.of("model", "operation", "introspect", "dialect")),
            Map.entry("runtime", Set.of("model", "operation", "dialect", "config", "scan")));

    /** Third-party packages only one autogen package may import. */
    private static final Map<String, String> OWNERS = Map.of(
            "org.hibernate", "metadata",
            "com.palantir.javapoet", "codegen",
            "picocli", "cli");

    @Test
    void dependenciesRunOneWayAndLibrariesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(f);
                String source = Files.readString(f);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = m.group(1);
                    OWNERS.forEach((prefix, owner) -> {
                        if (imported.startsWith(prefix + ".") && !pkg.equals(owner)) {
                            violations.add(f + " imports " + imported + " (only " + owner + " may)");
                        }
                    });
                    if (imported.startsWith("dev.autogen.") && ALLOWED.containsKey(pkg)) {
                        String target = packageOfImport(imported);
                        if (!target.isEmpty() && !target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                            violations.add(f + " (" + pkg + ") imports " + imported);
                        }
                    }
                }
                if (!pkg.equals("cli") && (source.contains("System.out") || source.contains("System.err")
                        || source.contains("System.exit"))) {
                    violations.add(f + " prints or exits outside the cli package");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file.getParent());
        return rel.toString().isEmpty() ? "" : rel.getName(0).toString();
    }

    /** {@code dev.autogen.model.Table} gives {@code model}; a root class ({@code dev.autogen.ErrorKind}) gives "". */
    private static String packageOfImport(String imported) {
        String rest = imported.substring("dev.autogen.".length());
        int dot = rest.indexOf('.');
        if (dot < 0 || Character.isUpperCase(rest.charAt(0))) {
            return "";
        }
        return rest.substring(0, dot);
    }
}
