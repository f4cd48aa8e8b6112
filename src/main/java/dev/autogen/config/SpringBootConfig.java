package dev.autogen.config;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application's own configuration, read as Spring Boot reads it, for the keys autogen needs:
 * {@code application.properties}, {@code application.yml} and {@code application.yaml} in
 * {@code src/main/resources}, {@code src/main/resources/config}, the project folder and {@code config/}, in
 * Spring Boot's order (a later location wins; {@code .properties} wins over YAML in one location; profile files
 * win over the plain ones of their group), YAML documents and {@code #---} sections activated by
 * {@code spring.config.activate.on-profile}, the {@code SPRING_DATASOURCE_*} environment variables, and
 * {@code ${NAME}} / {@code ${NAME:default}} placeholders resolved against the other properties and the
 * environment.
 */
final class SpringBootConfig {
    /** One value autogen takes from the application's configuration, and where it was written. */
    record Value(String key, String value, Path file, Integer line, String springKey) {
        String origin(Path baseDir) {
            return file == null ? "environment " + springKey
                    : relative(baseDir, file) + (line == null ? "" : ":" + line) + " (" + springKey + ")";
        }
    }

    /** What was read: the autogen keys it gives, the files read, and the active profiles. */
    record Result(Map<String, Value> values, List<Path> files, List<String> profiles) {
        boolean found() {
            return !files.isEmpty();
        }
    }

    private static final List<String> JAR_LOCATIONS = List.of("src/main/resources", "src/main/resources/config");
    private static final List<String> FILE_LOCATIONS = List.of(".", "config");
    private static final List<String> EXTENSIONS = List.of("yml", "yaml", "properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}:]+)(?::([^${}]*))?}");

    /** Spring Boot keys autogen reads (relaxed: lower case, no '-' or '_'), and the autogen key each sets. */
    private static final Map<String, String> MAPPED = Map.of(
            "spring.datasource.url", "url",
            "spring.datasource.username", "user",
            "spring.datasource.password", "password",
            "spring.jpa.hibernate.naming.physicalstrategy", "hibernate.physical_naming_strategy",
            "spring.jpa.hibernate.naming.implicitstrategy", "hibernate.implicit_naming_strategy",
            "spring.jpa.databaseplatform", "hibernate.dialect",
            "autogen.revisionspackage", "revision_package",
            "autogen.locktimeout", "lock_timeout");
    private static final String JPA_PROPERTIES = "spring.jpa.properties.";

    private final Map<String, String> env;

    SpringBootConfig(Map<String, String> env) {
        this.env = env;
    }

    /**
     * Reads the configuration of the application in {@code projectDir}.
     *
     * @param profiles the profiles chosen by autogen ({@code --profile}, comma-separated), or {@code null} for
     *                 {@code SPRING_PROFILES_ACTIVE} or else {@code spring.profiles.active}
     */
    Result read(Path projectDir, String profiles) {
        Map<String, Raw> props = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        List<String> active = profiles != null ? split(profiles) : null;
        for (List<String> group : List.of(JAR_LOCATIONS, FILE_LOCATIONS)) {
            List<Document> plain = new ArrayList<>();
            for (String location : group) {
                for (String ext : EXTENSIONS) {
                    Path f = projectDir.resolve(location).resolve("application." + ext).normalize();
                    if (Files.isRegularFile(f)) {
                        files.add(f);
                        plain.addAll(documents(f));
                    }
                }
            }
            if (active == null) {
                active = activeProfiles(plain, props);
            }
            apply(plain, active, props);
        }
        if (active == null) {
            active = List.of();
        }
        for (List<String> group : List.of(JAR_LOCATIONS, FILE_LOCATIONS)) {
            for (String profile : active) {
                for (String location : group) {
                    for (String ext : EXTENSIONS) {
                        Path f = projectDir.resolve(location).resolve("application-" + profile + "." + ext).normalize();
                        if (Files.isRegularFile(f)) {
                            files.add(f);
                            apply(documents(f), active, props);
                        }
                    }
                }
            }
        }
        // Spring Boot's relaxed binding: SPRING_DATASOURCE_URL overrides spring.datasource.url
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            String name = key.toUpperCase(Locale.ROOT).replace('.', '_');
            if (env.get(name) != null) {
                props.put(key, new Raw(env.get(name), null, null, name));
            }
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, Raw> e : props.entrySet()) {
            String autogenKey = autogenKey(e.getKey());
            if (autogenKey != null) {
                Raw raw = e.getValue();
                String resolved = raw.file == null ? raw.value : resolve(e.getKey(), raw, props);
                values.put(autogenKey, new Value(autogenKey, resolved, raw.file, raw.line,
                        raw.file == null ? raw.springKey : e.getKey()));
            }
        }
        return new Result(values, List.copyOf(files), List.copyOf(active));
    }

    /** The autogen key a Spring Boot key sets, or {@code null} for the keys autogen does not need. */
    static String autogenKey(String springKey) {
        if (springKey.startsWith(JPA_PROPERTIES)) {
            String name = springKey.substring(JPA_PROPERTIES.length());
            return name.startsWith("hibernate.") || name.startsWith("jakarta.persistence.") ? name : null;
        }
        return MAPPED.get(springKey.toLowerCase(Locale.ROOT).replace("-", "").replace("_", ""));
    }

    /** The Spring Boot key that sets {@code hibernateKey} through {@code spring.jpa.properties}. */
    static String jpaProperty(String hibernateKey) {
        return JPA_PROPERTIES + hibernateKey;
    }

    private record Raw(String value, Path file, Integer line, String springKey) {
    }

    /** One YAML document or {@code #---} section: its properties and the profiles it is activated for. */
    private record Document(Map<String, Raw> properties, String onProfile) {
    }

    private static List<String> activeProfiles(List<Document> documents, Map<String, Raw> earlier) {
        String value = null;
        Raw before = earlier.get("spring.profiles.active");
        if (before != null) {
            value = before.value;
        }
        for (Document d : documents) {
            if (d.onProfile == null && d.properties.containsKey("spring.profiles.active")) {
                value = d.properties.get("spring.profiles.active").value;
            }
        }
        return value == null ? null : split(value);
    }

    private void apply(List<Document> documents, List<String> active, Map<String, Raw> props) {
        for (Document d : documents) {
            if (d.onProfile == null || matches(d.onProfile, active == null ? List.of() : active)) {
                props.putAll(d.properties);
            }
        }
    }

    /** {@code dev}, {@code dev,test} (any of them), {@code !prod} (not it), {@code dev | test}. */
    private static boolean matches(String expression, List<String> active) {
        for (String part : expression.split("[,|]")) {
            String p = part.strip();
            if (p.startsWith("!") ? !active.contains(p.substring(1).strip()) : active.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<Document> documents(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.CONFIG, "Cannot read the Spring Boot configuration " + file + ": "
                    + e.getMessage() + ".", e);
        }
        List<Map<String, Raw>> sections = file.toString().endsWith(".properties") ? properties(file, text)
                : yaml(file, text);
        List<Document> documents = new ArrayList<>();
        for (Map<String, Raw> section : sections) {
            Raw on = section.get("spring.config.activate.on-profile");
            documents.add(new Document(section, on == null ? null : on.value));
        }
        return documents;
    }

    private static List<Map<String, Raw>> yaml(Path file, String text) {
        List<Map<String, Raw>> documents = new ArrayList<>();
        try {
            for (Node root : new Yaml(new LoaderOptions()).composeAll(new StringReader(text))) {
                Map<String, Raw> props = new LinkedHashMap<>();
                flatten(file, "", root, props);
                documents.add(props);
            }
        } catch (YAMLException e) {
            throw new AutogenException(ErrorKind.CONFIG, file + ": is not valid YAML: " + e.getMessage()
                    + "; fix the file (Spring Boot cannot read it either).", e);
        }
        return documents;
    }

    private static void flatten(Path file, String prefix, Node node, Map<String, Raw> props) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                if (key.startsWith("[") && key.endsWith("]")) {
                    key = key.substring(1, key.length() - 1);
                }
                flatten(file, prefix.isEmpty() ? key : prefix + "." + key, t.getValueNode(), props);
            }
        } else if (node instanceof SequenceNode list) {
            List<String> items = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode s) {
                    items.add(s.getValue());
                }
            }
            props.put(prefix, new Raw(String.join(",", items), file, node.getStartMark().getLine() + 1, prefix));
        } else if (node instanceof ScalarNode s && !prefix.isEmpty()) {
            props.put(prefix, new Raw(s.getValue(), file, node.getStartMark().getLine() + 1, prefix));
        }
    }

    private static List<Map<String, Raw>> properties(Path file, String text) {
        List<Map<String, Raw>> sections = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].strip().equals("#---") || lines[i].strip().equals("!---")) {
                sections.add(section(file, lines, start, i));
                start = i + 1;
            }
        }
        return sections;
    }

    private static Map<String, Raw> section(Path file, String[] lines, int from, int to) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(String.join("\n", Arrays.asList(lines).subList(from, to))));
        } catch (IOException | IllegalArgumentException e) {
            throw new AutogenException(ErrorKind.CONFIG, file + " is malformed: " + e.getMessage() + ".", e);
        }
        Map<String, Raw> props = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            props.put(name, new Raw(p.getProperty(name).strip(), file, lineOf(lines, from, to, name), name));
        }
        return props;
    }

    private static Integer lineOf(String[] lines, int from, int to, String key) {
        for (int i = from; i < to; i++) {
            String l = lines[i].strip();
            if (l.startsWith(key) && l.substring(key.length()).matches("\\s*[=:\\s].*|\\s*")) {
                return i + 1;
            }
        }
        return null;
    }

    /** Resolves {@code ${NAME}} and {@code ${NAME:default}}, innermost first, as Spring's environment does. */
    private String resolve(String key, Raw raw, Map<String, Raw> props) {
        String value = raw.value;
        for (int round = 0; round < 10 && value.contains("${"); round++) {
            Matcher m = PLACEHOLDER.matcher(value);
            StringBuilder out = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                String name = m.group(1).strip();
                String found = props.containsKey(name) && !name.equals(key) ? props.get(name).value : env(name);
                if (found == null) {
                    found = m.group(2);
                }
                if (found == null) {
                    throw new AutogenException(ErrorKind.CONFIG, relative(null, raw.file) + ":" + raw.line + ": '" + key
                            + "' refers to ${" + name + "}, which is neither a property nor an environment variable;"
                            + " export " + name + ", or write ${" + name + ":default} (as the application would need"
                            + " too).");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(found));
            }
            m.appendTail(out);
            if (!any) {
                break;
            }
            value = out.toString();
        }
        return value;
    }

    /** An environment variable by its name or Spring Boot's relaxed form ({@code db.url} as {@code DB_URL}). */
    private String env(String name) {
        String exact = env.get(name);
        return exact != null ? exact : env.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }

    static String relative(Path baseDir, Path file) {
        if (baseDir != null && file.startsWith(baseDir)) {
            return baseDir.relativize(file).toString();
        }
        return file.toString();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
