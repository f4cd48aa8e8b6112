package dev.autogen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes revision classes as Java source into a migrations folder, so tests go through the compiler. */
public final class RevisionFiles {
    private RevisionFiles() {
    }

    /**
     * Writes {@code migrations/R_<id>.java}. {@code upgrade} and {@code downgrade} are Java statements using
     * {@code op} (and the static imports of {@link Ddl}).
     */
    public static Path write(Path folder, String id, List<String> parents, String message, String upgrade, String downgrade) {
        String parentList = parents.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        String source = "package migrations;\n\n"
                + "import dev.autogen.runtime.Migration;\n"
                + "import dev.autogen.runtime.Op;\n"
                + "import dev.autogen.runtime.Revision;\n"
                + "import static dev.autogen.runtime.Ddl.*;\n\n"
                + "@Revision(id = \"" + id + "\", parents = {" + parentList + "}, message = \"" + message + "\")\n"
                + "public class R_" + id + " implements Migration {\n"
                + "    @Override\n"
                + "    public void upgrade(Op op) {\n"
                + "        " + upgrade + "\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    public void downgrade(Op op) {\n"
                + "        " + downgrade + "\n"
                + "    }\n"
                + "}\n";
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("R_" + id + ".java"), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
