package dev.autogen.cli;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** Entry point: {@code java -jar autogen.jar ...}. The only place that exits the JVM. */
public final class Main {
    /** Held so the level set on it stays (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private Main() {
    }

    public static void main(String[] args) {
        // the MariaDB driver logs failed logins to stderr itself; autogen reports them once, in its own words
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
        int code = run(args, Path.of("").toAbsolutePath(), System.getenv(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * Runs one command line and returns its exit code, printing to {@code out} and {@code err}. Tests and the
     * benchmark call this in-process, exactly as users run the jar.
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err) {
        boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        // Hibernate's start-up chatter is noise for a CLI user; --verbose shows it.
        HIBERNATE_LOG.setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
        Context context = new Context(workingDir, env, out, err);
        CommandLine cl = commandLine(context, subcommandsFor(args));
        return cl.execute(args);
    }

    /**
     * The subcommands {@code args} needs: those it names, or none for {@code -m} without one; every subcommand
     * otherwise ({@code --help}, a misspelt subcommand, which picocli then suggests a correction for).
     */
    private static java.util.function.Predicate<String> subcommandsFor(String[] args) {
        java.util.Set<String> named = new java.util.HashSet<>(java.util.Arrays.asList(args));
        named.retainAll(AutogenCommand.subcommandNames());
        if (!named.isEmpty()) {
            return named::contains;
        }
        boolean message = java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("-m") || a.startsWith("--message"));
        return message ? name -> false : name -> true;
    }

    /** The command line with every subcommand, its streams and handlers; used by docs generation too. */
    public static CommandLine commandLine(Context context) {
        return commandLine(context, name -> true);
    }

    private static CommandLine commandLine(Context context, java.util.function.Predicate<String> subcommands) {
        CommandLine cl = new CommandLine(new AutogenCommand(context));
        AutogenCommand.addSubcommands(cl, context, subcommands);
        String exitCodes = ExitCodes.table();
        cl.getCommandSpec().usageMessage().footer(exitCodes);
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().footer(exitCodes));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // '-m init' is a message, not the init subcommand
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, context, parseResult));
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ErrorKind.USAGE.exitCode();
        });
        return cl;
    }

    private static int handle(Exception ex, Context context, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult != null && context.verbose(parseResult);
        PrintWriter err = context.err();
        if (ex instanceof AutogenException ae) {
            err.println("error: " + context.redact(ae.getMessage()));
            if (verbose) {
                printStackTrace(ae, context);
            }
            err.flush();
            return ae.exitCode();
        }
        err.println("error: " + context.redact(String.valueOf(ex.getMessage())) + " (" + ex.getClass().getSimpleName()
                + "); this is a bug in autogen: please report it with the output of --verbose.");
        if (verbose) {
            printStackTrace(ex, context);
        }
        err.flush();
        return ErrorKind.INTERNAL.exitCode();
    }

    /** The stack trace for --verbose, with passwords taken out like every other line autogen prints. */
    private static void printStackTrace(Throwable t, Context context) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        context.err().print(context.redact(trace.toString()));
    }
}
