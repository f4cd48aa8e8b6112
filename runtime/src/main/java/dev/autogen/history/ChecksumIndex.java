package dev.autogen.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checksums of revisions already computed, in {@code <cacheDir>/revision-checksums}: one line per revision,
 * {@code <content key> <upgrade checksum> <downgrade checksum>}. The content key is a SHA-256 over the bytes
 * that decide what the revision records (its class file, every class of the scanned class path it names,
 * transitively, and autogen's own build; see {@link RevisionLoader}), so an entry can never describe other
 * bytes: an edited revision has another key and is checksummed afresh. Lines are only appended; an unreadable
 * file or line is a miss, a failed write only costs the next run the computation.
 */
final class ChecksumIndex {
    static final String FILE = "revision-checksums";
    /** An index longer than this is deleted when read (older builds' and edited revisions' lines pile up). */
    static final int MAX_LINES = 20_000;

    /** Both checksums of one revision. */
    record Entry(String upgrade, String downgrade) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private ChecksumIndex(Path file) {
        this.file = file;
    }

    /** The index in {@code cacheDir}, read once; {@code null} folder means an index that only lives in memory. */
    static ChecksumIndex in(Path cacheDir) {
        ChecksumIndex index = new ChecksumIndex(cacheDir == null ? null : cacheDir.resolve(FILE));
        if (index.file != null && Files.isRegularFile(index.file)) {
            try {
                List<String> lines = Files.readAllLines(index.file, StandardCharsets.UTF_8);
                if (lines.size() > MAX_LINES) {
                    // every edit and every autogen build adds lines: start afresh, at the cost of one checksumming
                    Files.delete(index.file);
                    return index;
                }
                for (String line : lines) {
                    String[] parts = line.split(" ");
                    if (parts.length == 3 && Checksums.current(parts[1]) && Checksums.current(parts[2])) {
                        index.entries.put(parts[0], new Entry(parts[1], parts[2]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: every revision is checksummed as if the index were empty
            }
        }
        return index;
    }

    Entry get(String key) {
        return entries.get(key);
    }

    void put(String key, Entry entry) {
        if (!Checksums.current(entry.upgrade()) || !Checksums.current(entry.downgrade())
                || entries.putIfAbsent(key, entry) != null || file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(key + " " + entry.upgrade() + " " + entry.downgrade()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            // a read-only cache folder: the next run computes this checksum again
        }
    }
}
