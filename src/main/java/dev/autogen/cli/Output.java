package dev.autogen.cli;

import java.io.PrintWriter;

/**
 * Where commands write: results to stdout, progress and notes to stderr (so piping stdout gives only results),
 * with colour only on a terminal and never when {@code NO_COLOR} is set.
 */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean colour;
    private final java.util.function.UnaryOperator<String> redact;

    public Output(PrintWriter out, PrintWriter err, boolean quiet, boolean colour) {
        this(out, err, quiet, colour, java.util.function.UnaryOperator.identity());
    }

    /** @param redact takes passwords out of every note, warning and error before it is printed */
    public Output(PrintWriter out, PrintWriter err, boolean quiet, boolean colour,
                  java.util.function.UnaryOperator<String> redact) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.colour = colour;
        this.redact = redact;
    }

    /** Colour when stdout is a terminal and NO_COLOR is unset. */
    public static boolean colourWanted(java.util.Map<String, String> env) {
        return System.console() != null && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    /** A command result (stdout). */
    public void result(String line) {
        out.println(line);
        out.flush();
    }

    /** Progress or a note (stderr), dropped with -q. */
    public void info(String line) {
        if (!quiet) {
            err.println(redact.apply(line));
            err.flush();
        }
    }

    /** A warning (stderr), shown even with -q. */
    public void warn(String line) {
        err.println(paint("33", "warning: ") + redact.apply(line));
        err.flush();
    }

    public void error(String line) {
        err.println(paint("31", "error: ") + redact.apply(line));
        err.flush();
    }

    public String bold(String s) {
        return paint("1", s);
    }

    public String red(String s) {
        return paint("31", s);
    }

    public String green(String s) {
        return paint("32", s);
    }

    public String yellow(String s) {
        return paint("33", s);
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean quiet() {
        return quiet;
    }
}
