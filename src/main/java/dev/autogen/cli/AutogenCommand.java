package dev.autogen.cli;

import dev.autogen.error.ErrorKind;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code autogen}: with {@code -m MESSAGE} and no subcommand, autogenerates a revision (the same as
 * {@code autogen revision --autogenerate -m MESSAGE}); otherwise runs the named subcommand.
 */
@Command(name = "autogen", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Schema migrations for JPA entities: diff the entities against the database into reviewable Java revisions, and apply them.",
        footerHeading = "%nExit codes:%n")
public final class AutogenCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    GlobalOptions global;

    @Option(names = {"-m", "--message"}, scope = ScopeType.LOCAL,
            description = "Autogenerate a revision with this message (same as 'revision --autogenerate -m').")
    String message;

    @Option(names = "--verify", scope = ScopeType.LOCAL,
            description = "With -m, prove the revision on a temporary scratch database before writing it: its"
                    + " upgrade, a clean diff and its downgrade, after the pending revisions, on tables holding rows.")
    boolean verify;

    @Option(names = "--online", scope = ScopeType.LOCAL,
            description = "With -m, write changes to existing tables so they do not block writers (PostgreSQL), as"
                    + " safety=online does for every revision.")
    boolean online;

    @Option(names = "--force", scope = ScopeType.LOCAL,
            description = "With -m, write the revision even when verification fails, marked UNVERIFIED.")
    boolean force;

    @Option(names = "--rename", paramLabel = "OLD=NEW", scope = ScopeType.LOCAL,
            description = "With -m: " + RevisionCommand.RENAME_HELP)
    java.util.List<String> renames = new java.util.ArrayList<>();

    @Option(names = "--non-interactive", scope = ScopeType.LOCAL,
            description = "With -m: " + RevisionCommand.NON_INTERACTIVE_HELP)
    boolean nonInteractive;

    @Spec
    CommandSpec spec;

    public AutogenCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (message == null) {
            spec.commandLine().usage(context.out());
            return ErrorKind.USAGE.exitCode();
        }
        RevisionCommand revision = new RevisionCommand(context);
        revision.message = message;
        revision.autogenerate = true;
        revision.verify = verify;
        revision.force = force;
        revision.online = online;
        revision.renames = renames;
        revision.nonInteractive = nonInteractive;
        return revision.run(global);
    }

    Context context() {
        return context;
    }

    /** Adds every subcommand; what {@link Main#commandLine(Context)} and the docs use. */
    static void addSubcommands(CommandLine cl, Context context) {
        addSubcommands(cl, context, name -> true);
    }

    /**
     * Adds the subcommands whose name {@code wanted} accepts, in the order {@code --help} lists them. Building a
     * subcommand's model costs picocli a reflective pass over its class, so a command line that names one builds
     * only that one.
     */
    static void addSubcommands(CommandLine cl, Context context, java.util.function.Predicate<String> wanted) {
        for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> e : subcommands(context).entrySet()) {
            if (wanted.test(e.getKey())) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
    }

    /** Every subcommand by name, each made only when asked for. */
    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands(Context context) {
        java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
        all.put("revision", () -> new RevisionCommand(context));
        all.put("upgrade", () -> new UpgradeCommand(context));
        all.put("plan", () -> new PlanCommand(context));
        all.put("downgrade", () -> new DowngradeCommand(context));
        all.put("current", () -> new CurrentCommand(context));
        all.put("history", () -> new HistoryCommand(context));
        all.put("heads", () -> new HeadsCommand(context));
        all.put("branches", () -> new BranchesCommand(context));
        all.put("show", () -> new ShowCommand(context));
        all.put("merge", () -> new MergeCommand(context));
        all.put("stamp", () -> new StampCommand(context));
        all.put("repair", () -> new RepairCommand(context));
        all.put("check", () -> new CheckCommand(context));
        all.put("lint", () -> new LintCommand(context));
        all.put("export", () -> new ExportCommand(context));
        all.put("init", () -> new InitCommand(context));
        all.put("config", () -> new ConfigCommand(context));
        all.put("list-templates", () -> new ListTemplatesCommand(context));
        all.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return all;
    }

    /** The subcommand names, for telling which of a command line's words names one. */
    static java.util.Set<String> subcommandNames() {
        return subcommands(null).keySet();
    }
}
