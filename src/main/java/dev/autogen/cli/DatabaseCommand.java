package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.config.SettingsLoader;
import dev.autogen.config.Settings;
import dev.autogen.runtime.Direction;
import dev.autogen.apply.ProgressListener;
import dev.autogen.history.RevisionInfo;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Shared plumbing of the commands that load settings and use the {@link Autogen} API. */
abstract class DatabaseCommand {
    final Context context;

    @ParentCommand
    AutogenCommand parent;

    DatabaseCommand(Context context) {
        this.context = context;
    }

    GlobalOptions global() {
        return parent.global;
    }

    Output output() {
        return context.output(global());
    }

    Autogen autogen() {
        return autogen(global());
    }

    /** The API for a command that never connects (history, heads, --sql): no note about the embedded database. */
    Autogen offline() {
        return Autogen.of(context.settings(global()), new Progress(output()));
    }

    Autogen autogen(GlobalOptions options) {
        Settings settings = context.settings(options);
        Output out = context.output(options);
        Autogen a = Autogen.of(settings, new Progress(out));
        if (a.embedded()) {
            out.info(embeddedNote(options, a));
        }
        return a;
    }

    /**
     * Says which database an unconfigured run uses, and what it found, so that running in the wrong folder does not
     * quietly succeed on a new empty database.
     */
    private String embeddedNote(GlobalOptions options, Autogen a) {
        Path config = context.workingDir().resolve(options.config != null ? options.config.toString()
                : SettingsLoader.DEFAULT_FILE);
        boolean exists = Files.exists(a.settings().baseDir().resolve("target/autogen/dev.mv.db"));
        String where = Files.isRegularFile(config) ? "No 'url' is set in " + config.getFileName()
                : "There is no " + config.getFileName() + " and no 'url' in " + context.workingDir();
        StringBuilder note = new StringBuilder(where).append(": ")
                .append(exists ? "using the embedded H2 database in target/autogen/dev"
                        : "creating a new embedded H2 database in target/autogen/dev");
        if (a.revisions().isEmpty()) {
            note.append(", and found no revisions in ").append(displayPath(a.settings().migrations()));
        }
        return note.append(". Set 'url' (or run 'autogen init') to use your own database.").toString();
    }

    private String displayPath(Path p) {
        Path base = context.workingDir().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) + "/" : abs.toString();
    }

    /**
     * Refuses to run with no revisions when the migrations folder is missing: a wrong path or folder would
     * otherwise report "nothing to do".
     */
    static void requireMigrations(Autogen a) {
        missingMigrations(a).ifPresent(message -> {
            throw new AutogenException(ErrorKind.REVISION, message);
        });
    }

    /**
     * For an online {@code upgrade}: the guide's initial set-up runs {@code upgrade head} before any revision
     * exists, to create the version table, so a missing migrations folder is a warning there, not an error.
     */
    static void warnIfNoMigrations(Autogen a, Output out) {
        missingMigrations(a).ifPresent(message -> out.warn(message + " The version table is created, nothing else."));
    }

    private static java.util.Optional<String> missingMigrations(Autogen a) {
        Path folder = a.settings().migrations();
        if (Files.isDirectory(folder) || !a.revisions().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The migrations folder " + folder + " does not exist, so there are no revisions"
                + " to run; check 'migrations' in autogen.properties (or --migrations), or run"
                + " 'autogen revision -m \"...\"' to write the first one there.");
    }

    /** Prints one line per revision applied, with its time; warnings always. */
    static final class Progress implements ProgressListener {
        private final Output out;

        Progress(Output out) {
            this.out = out;
        }

        @Override
        public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
            String arrow = direction == Direction.UPGRADE
                    ? base(revision) + " -> " + revision.id()
                    : revision.id() + " -> " + base(revision);
            out.info(String.format("%-9s %s, %s (%d ms)", direction.command(),
                    arrow.strip(), revision.message(), took.toMillis()));
        }

        private static String base(RevisionInfo revision) {
            return revision.parents().isEmpty() ? "<base>" : String.join(",", revision.parents());
        }

        @Override
        public void warning(String message) {
            out.warn(message);
        }
    }
}
