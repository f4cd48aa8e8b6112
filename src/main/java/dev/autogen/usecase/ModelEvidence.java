package dev.autogen.usecase;

import dev.autogen.model.EntityMapping;
import dev.autogen.model.QualifiedName;
import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The entity model a revision was generated from, kept beside its source as {@code <RevisionClass>.entities}: one
 * sorted line per entity ({@code com.example.Customer -> customer}) and per field
 * ({@code com.example.Customer#email -> customer(email)}), names spelt as the entities spell them. A later
 * revision reads the newest one in its history: the same field under another column name, or the same entity
 * under another table name, is a rename on evidence.
 */
final class ModelEvidence {
    static final String SUFFIX = ".entities";
    private static final String ARROW = " -> ";

    private ModelEvidence() {
    }

    /** Where the evidence of the revision whose source is {@code source} lives. */
    static Path fileOf(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - ".java".length()) + SUFFIX);
    }

    /**
     * The text of {@code mapping}, each catalog name spelt by {@code spell} (the entities' physical spelling, a
     * quoted name in double quotes).
     */
    static String text(String revisionId, EntityMapping mapping, UnaryOperator<String> spell) {
        StringBuilder out = new StringBuilder("# The entity model revision " + revisionId + " was generated from"
                + " (entity -> table, entity#field -> table(columns)); autogen reads it to tell renames from drops.\n");
        mapping.entities().forEach((entity, table) -> out.append(entity).append(ARROW).append(name(table, spell))
                .append('\n'));
        mapping.fields().forEach((field, columns) -> out.append(field).append(ARROW)
                .append(name(columns.table(), spell)).append('(')
                .append(String.join(", ", columns.columns().stream().map(spell).toList())).append(")\n"));
        return out.toString();
    }

    private static String name(QualifiedName table, UnaryOperator<String> spell) {
        return (table.schema() == null ? "" : spell.apply(table.schema()) + ".") + spell.apply(table.name());
    }

    /**
     * Writes the evidence of the revision just written at {@code source}. An {@code .entities} file already there
     * belonged to a revision of the same name that was deleted (the new source was created, so none was beside it):
     * it describes nothing any more and is replaced.
     */
    static void write(Path source, String text) {
        Path file = fileOf(source);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot write the entity model " + file + " beside the new"
                    + " revision (" + e + "); check that the migrations folder is writable.", e);
        }
    }

    /**
     * The newest evidence in the history of a revision following {@code parents}: the nearest ancestor (breadth
     * first) whose source has an {@code .entities} file beside it.
     *
     * @param fold folds a name read from the file to catalog spelling ({@code quoted} when written in quotes)
     */
    static Optional<Recorded> newest(RevisionGraph graph, List<String> parents, Fold fold) {
        Deque<String> queue = new ArrayDeque<>(parents);
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            if (!seen.add(id) || !graph.contains(id)) {
                continue;
            }
            RevisionInfo info = graph.get(id);
            if (info.source().endsWith(".java")) {
                Path file = fileOf(Path.of(info.source()));
                if (Files.isRegularFile(file)) {
                    return Optional.of(new Recorded(id, parse(file, fold)));
                }
            }
            queue.addAll(info.parents());
        }
        return Optional.empty();
    }

    /** Evidence read from revision {@code revision}'s file. */
    record Recorded(String revision, EntityMapping mapping) {
    }

    /** Folds an identifier as the database does (the dialect's {@code normaliseIdentifier}). */
    @FunctionalInterface
    interface Fold {
        String fold(String identifier, boolean quoted);
    }

    static EntityMapping parse(Path file, Fold fold) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot read the entity model " + file + " (" + e + ").", e);
        }
        Map<String, QualifiedName> entities = new HashMap<>();
        Map<String, EntityMapping.Columns> fields = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(ARROW);
            if (arrow < 0) {
                throw bad(file, line);
            }
            String key = line.substring(0, arrow).strip();
            String value = line.substring(arrow + ARROW.length()).strip();
            if (!key.contains("#")) {
                entities.put(key, table(names(value, '.', file, line), fold));
                continue;
            }
            int open = value.indexOf('(');
            if (open < 0 || !value.endsWith(")")) {
                throw bad(file, line);
            }
            List<String> columns = new ArrayList<>();
            for (String column : names(value.substring(open + 1, value.length() - 1), ',', file, line)) {
                columns.add(folded(column.strip(), fold));
            }
            fields.put(key, new EntityMapping.Columns(table(names(value.substring(0, open), '.', file, line), fold),
                    columns));
        }
        return new EntityMapping(entities, fields);
    }

    private static QualifiedName table(List<String> parts, Fold fold) {
        return parts.size() == 1 ? new QualifiedName(null, folded(parts.get(0), fold))
                : new QualifiedName(folded(parts.get(0), fold), folded(parts.get(1), fold));
    }

    private static String folded(String name, Fold fold) {
        boolean quoted = name.length() > 1 && name.startsWith("\"") && name.endsWith("\"");
        return quoted ? fold.fold(name.substring(1, name.length() - 1), true) : fold.fold(name, false);
    }

    /** {@code text} split at {@code separator} outside double quotes. */
    private static List<String> names(String text, char separator, Path file, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString().strip());
        if (quoted || out.stream().anyMatch(String::isEmpty) || (separator == '.' && out.size() > 2)) {
            throw bad(file, line);
        }
        return out;
    }

    private static AutogenException bad(Path file, String line) {
        return new AutogenException(ErrorKind.REVISION, "The entity model " + file + " has a line autogen cannot"
                + " read: '" + line + "'. Restore the file from version control, or delete it (the next revision then"
                + " finds no evidence of renames in it).");
    }
}
