package dev.autogen.error;

/**
 * What went wrong, in the terms a user acts on. Each kind owns the process exit code the CLI returns;
 * the table in docs/commands.md and in {@code autogen --help} is generated from this enum.
 */
public enum ErrorKind {
    /** {@code autogen check} found drift, pending revisions or an edited applied revision. */
    CHECK_FAILED(1, "check failed: models, migrations and database disagree"),
    /** Unknown option, missing argument, malformed command line. */
    USAGE(2, "bad command line"),
    /** Missing or malformed configuration (autogen.properties, options, environment). */
    CONFIG(3, "configuration error"),
    /** The database cannot be reached, or refuses the credentials. */
    CONNECTION(4, "cannot connect to the database"),
    /** Entity classes cannot be found, loaded or mapped. */
    MODEL(5, "entity model error"),
    /**
     * Revisions are missing, do not compile, have an id autogen cannot record, or the revision graph is broken
     * (cycle, missing parent, several heads).
     */
    REVISION(6, "revision error"),
    /** A statement, or the revision's own code (an exception or an Error), failed while applying a revision. */
    MIGRATION_FAILED(7, "migration failed"),
    /** Another autogen process holds the migration lock past the timeout. */
    LOCKED(8, "migration lock not acquired"),
    /** A file or folder cannot be read or written. */
    IO(9, "file error"),
    /** A generated revision failed verification on the scratch database. */
    VERIFICATION_FAILED(10, "revision verification failed"),
    /** A bug in autogen: please report it with the output of --verbose. */
    INTERNAL(70, "internal error");

    private final int exitCode;
    private final String summary;

    ErrorKind(int exitCode, String summary) {
        this.exitCode = exitCode;
        this.summary = summary;
    }

    public int exitCode() {
        return exitCode;
    }

    public String summary() {
        return summary;
    }
}
