package dev.autogen.cli;

import dev.autogen.error.ErrorKind;

/** The exit-code table shown in {@code --help} and docs/commands.md, built from {@link ErrorKind}. */
final class ExitCodes {
    private ExitCodes() {
    }

    static String table() {
        StringBuilder b = new StringBuilder(String.format("  %3d  %s%n", 0, "success"));
        for (ErrorKind k : ErrorKind.values()) {
            b.append(String.format("  %3d  %s%n", k.exitCode(), k.summary()));
        }
        return b.toString();
    }
}
