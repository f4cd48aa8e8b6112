package dev.autogen.cli;

import dev.autogen.config.Redaction;
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
    private String password;

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

    /** Loads the settings from file, environment and these options. */
    public Settings settings(GlobalOptions options) {
        Settings s = new SettingsLoader(env).load(workingDir, options.config, options.overrides());
        this.password = s.password();
        return s;
    }

    public Output output(GlobalOptions options) {
        return new Output(out, err, options.quiet, Output.colourWanted(env));
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

    /** The text without the configured password or URL passwords. */
    String redact(String text) {
        return Redaction.secret(Redaction.url(text), password);
    }
}
