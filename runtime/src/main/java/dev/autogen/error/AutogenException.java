package dev.autogen.error;

import java.util.Objects;

/**
 * The one exception autogen throws to its users. The message is a full sentence naming the object
 * and the remedy; the kind owns the exit code. Library code throws it; only the CLI prints it.
 */
public class AutogenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    public AutogenException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public AutogenException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ErrorKind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.exitCode();
    }
}
