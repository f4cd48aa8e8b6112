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

    /** Adds the subcommands; called once by {@link Main#commandLine}. */
    static void addSubcommands(CommandLine cl, Context context) {
        cl.addSubcommand(new RevisionCommand(context));
        cl.addSubcommand(new UpgradeCommand(context));
        cl.addSubcommand(new PlanCommand(context));
        cl.addSubcommand(new DowngradeCommand(context));
        cl.addSubcommand(new CurrentCommand(context));
        cl.addSubcommand(new HistoryCommand(context));
        cl.addSubcommand(new HeadsCommand(context));
        cl.addSubcommand(new BranchesCommand(context));
        cl.addSubcommand(new ShowCommand(context));
        cl.addSubcommand(new MergeCommand(context));
        cl.addSubcommand(new StampCommand(context));
        cl.addSubcommand(new RepairCommand(context));
        cl.addSubcommand(new CheckCommand(context));
        cl.addSubcommand(new LintCommand(context));
        cl.addSubcommand(new ExportCommand(context));
        cl.addSubcommand(new InitCommand(context));
        cl.addSubcommand(new ConfigCommand(context));
        cl.addSubcommand(new ListTemplatesCommand(context));
        cl.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
    }
}
