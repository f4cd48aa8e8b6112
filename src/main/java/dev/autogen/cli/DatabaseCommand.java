package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.config.Settings;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.ProgressListener;
import dev.autogen.runtime.RevisionInfo;
import picocli.CommandLine.ParentCommand;

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
        return new Autogen(context.settings(global()), new Progress(output()));
    }

    Autogen autogen(GlobalOptions options) {
        Settings settings = context.settings(options);
        Output out = context.output(options);
        Autogen a = new Autogen(settings, new Progress(out));
        if (a.embedded()) {
            out.info("Using the embedded H2 database at target/autogen/dev (set 'url' in autogen.properties to use"
                    + " your own database).");
        }
        return a;
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
