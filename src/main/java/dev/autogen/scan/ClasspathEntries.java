package dev.autogen.scan;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a classpath setting such as {@code target/classes,target/dependency/*.jar:extra.jar} into the folders
 * and jars it names. Relative entries are resolved against a base folder. {@code ,}, {@code :} and the platform
 * path separator split entries. A last path segment with {@code *} or {@code ?} is a glob over that folder's
 * files, in name order: {@code lib/*} takes every jar in {@code lib} (as {@code java -cp} does), {@code lib/*.jar}
 * or {@code lib/hibernate-*.jar} the files matching it.
 */
public final class ClasspathEntries {

    private ClasspathEntries() {
    }

    /**
     * The folders and jars {@code spec} names, resolved against {@code baseDir}, in order and without duplicates.
     *
     * @throws AutogenException of kind {@code CONFIG} when a glob names a folder that does not exist
     */
    public static List<Path> expand(Path baseDir, String spec) {
        List<Path> entries = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return entries;
        }
        for (String raw : spec.split("[,:" + java.util.regex.Pattern.quote(java.io.File.pathSeparator) + "]")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('\\'));
            String name = entry.substring(slash + 1);
            if (name.contains("*") || name.contains("?")) {
                String folder = entry.substring(0, slash + 1);
                // a bare '*' takes jars only, as java -cp does; any other glob is matched as written
                String glob = name.equals("*") ? "*.{jar,JAR}" : name;
                addAll(entries, matching(baseDir.resolve(folder.isEmpty() ? "." : folder).normalize(), glob, entry));
            } else {
                addAll(entries, List.of(baseDir.resolve(entry).normalize()));
            }
        }
        return List.copyOf(entries);
    }

    private static void addAll(List<Path> entries, List<Path> more) {
        for (Path p : more) {
            if (!entries.contains(p)) {
                entries.add(p);
            }
        }
    }

    private static List<Path> matching(Path folder, String glob, String entry) {
        if (!Files.isDirectory(folder)) {
            throw new AutogenException(ErrorKind.CONFIG, "Classpath entry '" + entry + "' names the folder "
                    + folder + ", which does not exist; fix 'classpath' in autogen.properties or create the folder.");
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new AutogenException(ErrorKind.IO, "Cannot list the files in " + folder + " for classpath entry '"
                    + entry + "': " + e.getMessage() + "; check that the folder is readable.", e);
        }
        jars.sort(null);
        return jars;
    }
}
