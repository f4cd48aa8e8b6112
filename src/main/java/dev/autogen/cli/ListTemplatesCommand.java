package dev.autogen.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code autogen list-templates}: the templates {@code init} can lay down. */
@Command(name = "list-templates", description = "List the templates 'autogen init --template' accepts.")
final class ListTemplatesCommand implements Callable<Integer> {
    private final Context context;


    ListTemplatesCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Templates.all().values().forEach(t -> context.out().printf("%-10s %s%n", t.name(), t.description()));
        context.out().flush();
        return 0;
    }
}
