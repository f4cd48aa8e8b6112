package dev.autogen.cli;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code autogen init [DIR] [--template NAME]}: lays down autogen.properties, the migrations folder and a README, keeping files that exist. */
@Command(name = "init", description = "Create autogen.properties, the migrations folder and a README from a template; existing files are kept.")
final class InitCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Target folder (default: the current one).")
    Path dir;

    @Option(names = {"-t", "--template"}, defaultValue = "generic", description = "Template to use (see list-templates; default: ${DEFAULT-VALUE}).")
    String template;


    InitCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, Templates.Template> all = Templates.all();
        Templates.Template t = all.get(template);
        if (t == null) {
            throw new AutogenException(ErrorKind.USAGE, "There is no template '" + template + "'; the templates are "
                    + String.join(", ", all.keySet()) + " (see 'autogen list-templates').");
        }
        Path target = dir == null ? context.workingDir() : context.workingDir().resolve(dir);
        Templates.LaidDown done = Templates.layDown(t, target);
        for (Path p : done.written()) {
            context.out().println("created " + relative(p));
        }
        for (Path p : done.skipped()) {
            context.out().println("skipped " + relative(p) + " (it exists)");
        }
        context.out().println("Next: edit autogen.properties (url, classpath, packages), then run 'autogen -m \"initial schema\"'.");
        context.out().flush();
        return 0;
    }

    private Path relative(Path p) {
        return context.workingDir().toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize());
    }
}
