package dev.autogen.cli;

import dev.autogen.Autogen;
import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.export.LiquibaseChangelog;
import dev.autogen.history.LoadedRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code autogen export --liquibase [-o FILE]}: the revisions as a Liquibase changelog (no database needed). */
@Command(name = "export", description = "Write the revisions as a Liquibase XML changelog, one changeSet per revision with its rollback (no database needed).")
final class ExportCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--liquibase", required = true, description = "Liquibase XML changelog (the only format so far).")
    boolean liquibase;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    ExportCommand(Context context) {
        super(context);
    }

    @Override
    public Integer call() {
        Autogen autogen = offline();
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        autogen.revisions().forEach(r -> byId.put(r.id(), r));
        String xml = new LiquibaseChangelog(autogen.dialect().renderer()).render(autogen.graph(), byId,
                autogen.dialect().name());
        if (output == null) {
            output().out().print(xml);
            output().out().flush();
            return 0;
        }
        Path file = context.workingDir().resolve(output);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, xml);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot write " + file + ": " + e.getMessage()
                    + "; check that the folder is writable.", e);
        }
        output().info("Wrote " + byId.size() + " changeSets to " + output);
        return 0;
    }
}
