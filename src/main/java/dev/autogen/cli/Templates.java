package dev.autogen.cli;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The project templates shipped in the jar under {@code autogen-templates/<name>/} (from the repo's templates/). */
final class Templates {
    static final String ROOT = "autogen-templates/";

    /** A template: its name, description and files (relative path to content). */
    record Template(String name, String description, Map<String, String> files) {
    }

    private Templates() {
    }

    static Map<String, Template> all() {
        Map<String, Map<String, String>> files = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().acceptPaths(ROOT.substring(0, ROOT.length() - 1)).scan()) {
            for (Resource r : scan.getAllResources()) {
                String path = r.getPath().substring(ROOT.length());
                int slash = path.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                files.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                        .put(path.substring(slash + 1), new String(r.load(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.INTERNAL, "Cannot read the templates shipped with autogen: "
                    + e.getMessage(), e);
        }
        Map<String, Template> templates = new TreeMap<>();
        files.forEach((name, content) -> {
            Properties p = new Properties();
            String meta = content.remove("template.properties");
            if (meta != null) {
                try {
                    p.load(new StringReader(meta));
                } catch (IOException e) {
                    throw new AutogenException(ErrorKind.INTERNAL, "Template " + name + " has a malformed template.properties.", e);
                }
            }
            templates.put(name, new Template(name, p.getProperty("description", ""), content));
        });
        return templates;
    }

    /** What {@link #layDown} did: the files it wrote and the ones it left alone because they existed. */
    record LaidDown(List<Path> written, List<Path> skipped) {
    }

    /** Writes the template's files into {@code target}, leaving every file that already exists as it is. */
    static LaidDown layDown(Template template, Path target) {
        String project = target.toAbsolutePath().normalize().getFileName() == null ? "project"
                : target.toAbsolutePath().normalize().getFileName().toString();
        List<Path> written = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : template.files().entrySet()) {
                Path p = target.resolve(f.getKey());
                if (Files.exists(p)) {
                    skipped.add(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue().replace("{{project}}", project));
                written.add(p);
            }
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot write into " + target + ": " + e.getMessage()
                    + "; check that the folder is writable.", e);
        }
        return new LaidDown(written, skipped);
    }
}
