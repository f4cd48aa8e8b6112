package dev.autogen.cli;

import dev.autogen.config.EffectiveSettings;
import dev.autogen.error.Redaction;
import dev.autogen.config.Settings;
import dev.autogen.config.SettingsLoader;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What a command runs with: the working folder, the environment and the two output streams. */
public final class Context {
    private final Path workingDir;
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final java.util.Set<String> secrets = new java.util.LinkedHashSet<>();

    public Context(Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.workingDir = workingDir;
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
    }

    public Path workingDir() {
        return workingDir;
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Loads the settings from the application's Spring Boot configuration, file, environment and these options. */
    public Settings settings(GlobalOptions options) {
        return explain(options).settings();
    }

    /** The settings and where each came from. */
    EffectiveSettings explain(GlobalOptions options) {
        java.util.Map<String, String> overrides = options.overrides();
        remember(overrides.get("password"), overrides.get("url"));
        remember(env.get("AUTOGEN_PASSWORD"), env.get("AUTOGEN_URL"));
        remember(env.get("SPRING_DATASOURCE_PASSWORD"), env.get("SPRING_DATASOURCE_URL"));
        EffectiveSettings effective = new SettingsLoader(env).explain(workingDir, options.config, overrides);
        Settings s = effective.settings();
        remember(s.password(), s.url());
        secrets.addAll(Redaction.secrets(s.devUrl()));
        return effective;
    }

    public Output output(GlobalOptions options) {
        return new Output(out, err, options.quiet, Output.colourWanted(env), this::redact);
    }

    boolean verbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult p = parseResult;
        while (p != null) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }

    private void remember(String password, String url) {
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        secrets.addAll(Redaction.secrets(url));
    }

    /** The text without the configured password or URL passwords. */
    String redact(String text) {
        return Redaction.all(text, secrets);
    }
}
