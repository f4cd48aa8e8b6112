package dev.autogen.history;

import dev.autogen.runtime.Op;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A revision's content key for the {@link ChecksumIndex}: a SHA-256 over everything that decides which
 * operations it records, so that two different revisions can never share a key. That is the revision's class
 * file, the class file of every class its constant pool names that the scanned folders and jars hold (its nested
 * and anonymous classes, a helper in the migrations folder, ...), transitively, and the name, size and
 * modification time of autogen's own jar (or of every file of its classes folder), which defines {@link Op} and
 * the checksum's canonical form. Empty when autogen's own location cannot be told: then the revision is
 * checksummed every time.
 */
final class RevisionKeys {
    private static final String FORMAT = "autogen revision content key 1";

    private final Function<String, byte[]> classes;
    private final Optional<byte[]> implementation;

    /** @param classes the bytes of a class by binary name with slashes, {@code null} when not scanned */
    RevisionKeys(Function<String, byte[]> classes) {
        this.classes = classes;
        this.implementation = implementationStamp();
    }

    /** The key of the revision class {@code name} (slashes) whose bytes are {@code bytes}. */
    Optional<String> of(String name, byte[] bytes) {
        if (implementation.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, byte[]> closure = new TreeMap<>();
        closure.put(name, bytes);
        Deque<String> todo = new ArrayDeque<>();
        todo.add(name);
        try {
            while (!todo.isEmpty()) {
                for (String ref : RevisionClassFile.read(closure.get(todo.pop())).referenced()) {
                    byte[] b = closure.containsKey(ref) ? null : classes.apply(ref);
                    if (b != null) {
                        closure.put(ref, b);
                        todo.add(ref);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        MessageDigest sha = sha256();
        sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        sha.update(implementation.get());
        closure.forEach((n, b) -> {
            sha.update(n.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(b);
        });
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** A digest of where autogen's own classes are and which build they are, or empty when it cannot be told. */
    private static Optional<byte[]> implementationStamp() {
        try {
            CodeSource source = Checksums.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest sha = sha256();
            try (Stream<Path> files = Files.isDirectory(location) ? Files.walk(location).filter(Files::isRegularFile)
                    .sorted() : Stream.of(location)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    sha.update((f + "\0" + Files.size(f) + "\0" + Files.getLastModifiedTime(f).toMillis() + "\0")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return Optional.of(sha.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256.", e);
        }
    }
}
