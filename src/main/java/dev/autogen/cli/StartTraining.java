package dev.autogen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run the build records the start-up caches from ({@code bin/start-caches.sh}: the class-data
 * sharing archive, and the AOT cache on Java 24+). In one JVM, in the current folder's project (the build uses
 * {@code sample-entities}) and on an in-memory H2 database, it runs what users run most: autogenerate, upgrade,
 * check, current, heads and history, so every class they load is in the cache. Not a user command.
 *
 * <p>Usage: {@code java -cp autogen.jar dev.autogen.cli.StartTraining MIGRATIONS_FOLDER}
 */
public final class StartTraining {
    private StartTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartTraining MIGRATIONS_FOLDER");
            System.exit(2);
        }
        Path dir = Path.of("").toAbsolutePath();
        List<String> common = List.of("--quiet", "--url", "jdbc:h2:mem:start_training;DB_CLOSE_DELAY=-1",
                "--migrations", args[0], "--no-model-cache");
        int worst = 0;
        for (List<String> command : List.of(List.of("-m", "training"), List.of("upgrade", "head"), List.of("check"),
                List.of("current"), List.of("heads"), List.of("history"), List.of("upgrade", "head"))) {
            List<String> line = new ArrayList<>(common);
            line.addAll(command);
            StringWriter out = new StringWriter();
            int code = Main.run(line.toArray(String[]::new), dir, Map.of(), new PrintWriter(out, true),
                    new PrintWriter(out, true));
            System.out.println("autogen " + String.join(" ", command) + ": exit " + code);
            if (code != 0) {
                System.out.print(out);
            }
            worst = Math.max(worst, code);
        }
        System.exit(worst);
    }
}
