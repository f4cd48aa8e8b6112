package dev.autogen.config;

import dev.autogen.error.Redaction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings, and for each key that has a value where it came from: what {@code autogen config} prints.
 *
 * @param settings    the settings every command runs with
 * @param values      each key's effective text, by key (defaults included); the password as written
 * @param origins     where each value came from, by key: {@code autogen.properties:4},
 *                    {@code src/main/resources/application.yml:3 (spring.datasource.url)},
 *                    {@code environment AUTOGEN_URL}, {@code option --url}, {@code Spring Boot default ...},
 *                    {@code default}
 * @param springFiles the Spring Boot configuration files read, in the order they were applied
 * @param profiles    the Spring Boot profiles that were active while reading them
 */
public record EffectiveSettings(Settings settings, Map<String, String> values, Map<String, String> origins,
                                List<Path> springFiles, List<String> profiles) {
    public EffectiveSettings {
        values = Map.copyOf(values);
        origins = Map.copyOf(origins);
        springFiles = List.copyOf(springFiles);
        profiles = List.copyOf(profiles);
    }

    /** One printed line: key, value (the password and URL passwords masked) and origin. */
    public record Line(String key, String value, String origin) {
    }

    /** Every key with a value, sorted, with secrets masked. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(values.keySet())) {
            String v = values.get(key);
            String shown = secret(key) ? (v == null || v.isEmpty() ? "" : "****")
                    : key.endsWith("url") || v != null && v.startsWith("jdbc:") ? Redaction.url(v) : v;
            lines.add(new Line(key, shown, origins.getOrDefault(key, "default")));
        }
        return lines;
    }

    /** A key whose value is a secret: the password, and any key naming a password, secret or credential. */
    static boolean secret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return key.equals("password") || last.contains("password") || last.contains("secret")
                || last.contains("credential") || last.contains("token");
    }
}
