package dev.autogen.cli;

import dev.autogen.config.EffectiveSettings;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code autogen config}: every effective setting and where it came from (the application's Spring Boot
 * configuration, autogen.properties, an environment variable, an option, a Spring Boot default or autogen's
 * default), passwords masked. Needs no database.
 */
@Command(name = "config", description = "Show each effective setting and where it came from (passwords masked; no database needed).")
final class ConfigCommand extends DatabaseCommand implements Callable<Integer> {
    ConfigCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        EffectiveSettings effective = context.explain(global());
        Output out = output();
        if (!effective.springFiles().isEmpty()) {
            out.result("Spring Boot configuration: " + String.join(", ", effective.springFiles().stream()
                    .map(f -> relative(f)).toList()) + (effective.profiles().isEmpty() ? " (no profile active)"
                    : " (profiles: " + String.join(", ", effective.profiles()) + ")"));
        }
        List<EffectiveSettings.Line> lines = effective.lines();
        int keyWidth = lines.stream().mapToInt(l -> l.key().length()).max().orElse(3);
        int valueWidth = Math.min(60, lines.stream().mapToInt(l -> l.value().length()).max().orElse(5));
        for (EffectiveSettings.Line l : lines) {
            out.result(String.format("%-" + keyWidth + "s  %-" + valueWidth + "s  %s", l.key(), l.value(), l.origin())
                    .stripTrailing());
        }
        return 0;
    }

    private String relative(Path file) {
        Path base = context.workingDir().toAbsolutePath().normalize();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }
}
