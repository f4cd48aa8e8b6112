package dev.autogen.cli;

import dev.autogen.lint.Finding;
import dev.autogen.lint.LintRule;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} and {@code lint} found, as CI shows it on a revision's lines: SARIF 2.1.0
 * ({@code --format sarif}, for code scanning) and GitHub Actions workflow commands ({@code --format github},
 * {@code ::error file=...,line=...,title=...::message}). Written with {@link Json}: no SARIF library resolves from the
 * build's repositories, and the few fields needed are plain JSON.
 */
final class CiAnnotations {
    static final String SARIF_VERSION = "2.1.0";
    static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private CiAnnotations() {
    }

    /**
     * One finding as CI shows it.
     *
     * @param rule          the rule id ({@code drop-column}, {@code pending-revision}, ...)
     * @param failing       true when it fails the command (a SARIF error, a GitHub error)
     * @param acknowledged  true for an acknowledged finding (a SARIF note with an in-source suppression, a GitHub
     *                      notice); a finding neither failing nor acknowledged is an advisory one (a warning)
     * @param message       the sentence
     * @param file          the file relative to the working directory, with {@code /}; {@code null} for the project
     *                      as a whole
     * @param line          the 1-based line, 0 when unknown
     * @param justification the reason an acknowledged finding was accepted, or {@code null}
     */
    record Annotation(String rule, boolean failing, boolean acknowledged, String message, String file, int line,
                      String justification) {
    }

    /** A rule for SARIF's {@code tool.driver.rules}. */
    record Rule(String id, String description) {
    }

    /** The lint rules, then {@code extra} (the rules of {@code check}'s other findings). */
    static List<Rule> rules(Rule... extra) {
        List<Rule> rules = new ArrayList<>();
        for (LintRule r : LintRule.values()) {
            rules.add(new Rule(r.id(), r.summary()));
        }
        rules.addAll(List.of(extra));
        return rules;
    }

    /** A lint finding, on the line of its revision's source that recorded the operation. */
    static Annotation of(Finding f, Path workingDir) {
        String message = f.message() + " (revision " + f.revision() + ", " + f.object() + ")";
        return new Annotation(f.rule().id(), f.failing(), f.acknowledged(), message, file(f.source(), workingDir),
                f.sourceLine(),
                f.acknowledgement());
    }

    /**
     * {@code source} relative to {@code workingDir} with {@code /} separators, as CI resolves paths from the checkout;
     * an absolute path when it lies elsewhere; {@code null} when it is no file (a revision loaded from a jar is
     * known by its class name).
     */
    static String file(String source, Path workingDir) {
        if (source == null) {
            return null;
        }
        try {
            Path base = workingDir.toAbsolutePath().normalize();
            Path abs = base.resolve(source).normalize();
            if (!source.endsWith(".java") && !java.nio.file.Files.isRegularFile(abs)) {
                return null;
            }
            Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
            return shown.toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Prints {@code annotations} in {@code format}, SARIF or GitHub, as the command's result. */
    static void print(Output out, ReportFormat format, List<Rule> rules, List<Annotation> annotations) {
        if (format == ReportFormat.SARIF) {
            out.result(sarif(rules, annotations));
        } else {
            github(annotations).forEach(out::result);
        }
    }

    /** A SARIF 2.1.0 log of one run of autogen. */
    static String sarif(List<Rule> rules, List<Annotation> annotations) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Object> ruleObjects = new ArrayList<>();
        for (Rule r : rules) {
            index.put(r.id(), index.size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("shortDescription", Map.of("text", r.description()));
            m.put("defaultConfiguration", Map.of("level", "error"));
            ruleObjects.add(m);
        }
        List<Object> results = new ArrayList<>();
        for (Annotation a : annotations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", a.rule());
            if (index.containsKey(a.rule())) {
                m.put("ruleIndex", index.get(a.rule()));
            }
            m.put("level", a.failing() ? "error" : a.acknowledged() ? "note" : "warning");
            m.put("message", Map.of("text", a.message()));
            if (a.file() != null) {
                Map<String, Object> artifact = new LinkedHashMap<>();
                artifact.put("uri", a.file());
                if (!a.file().startsWith("/")) {
                    artifact.put("uriBaseId", "%SRCROOT%");
                }
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", artifact);
                physical.put("region", Map.of("startLine", Math.max(1, a.line())));
                m.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            if (a.acknowledged()) {
                Map<String, Object> suppression = new LinkedHashMap<>();
                suppression.put("kind", "inSource");
                suppression.put("justification", a.justification() == null ? "" : a.justification());
                m.put("suppressions", List.of(suppression));
            }
            results.add(m);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "autogen");
        String version = CiAnnotations.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        driver.put("rules", ruleObjects);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("version", SARIF_VERSION);
        log.put("$schema", SARIF_SCHEMA);
        log.put("runs", List.of(run));
        return Json.write(log);
    }

    /**
     * One GitHub Actions workflow command per annotation: {@code ::error} for a failing one, {@code ::notice} for an
     * acknowledged one, with {@code file} and {@code line} where known.
     */
    static List<String> github(List<Annotation> annotations) {
        List<String> lines = new ArrayList<>();
        for (Annotation a : annotations) {
            StringBuilder b = new StringBuilder("::").append(a.failing() ? "error" : a.acknowledged() ? "notice" : "warning")
                    .append(' ');
            if (a.file() != null) {
                b.append("file=").append(property(a.file())).append(',');
                if (a.line() > 0) {
                    b.append("line=").append(a.line()).append(',');
                }
            }
            String message = !a.acknowledged() || a.justification() == null ? a.message()
                    : a.message() + " [acknowledged: " + a.justification() + "]";
            b.append("title=").append(property(a.rule())).append("::").append(data(message));
            lines.add(b.toString());
        }
        return lines;
    }

    /** A workflow command's message: {@code %}, CR and LF escaped, as the runner unescapes them. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also {@code :} and {@code ,} escaped. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
