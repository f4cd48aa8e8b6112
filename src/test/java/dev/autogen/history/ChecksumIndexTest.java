package dev.autogen.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checksum index: entries survive the process, malformed lines are misses, and it cannot grow forever. */
class ChecksumIndexTest {
    private static final ChecksumIndex.Entry ENTRY = new ChecksumIndex.Entry(Checksums.PREFIX + "up", Checksums.PREFIX + "down");

    @TempDir
    Path cache;

    @Test
    void entriesAreReadBackAndMalformedLinesAreMisses() throws Exception {
        ChecksumIndex.in(cache).put("k1", ENTRY);
        Files.writeString(cache.resolve(ChecksumIndex.FILE), "k2 junk\nk3 " + Checksums.PREFIX + "x\n",
                java.nio.file.StandardOpenOption.APPEND);
        ChecksumIndex again = ChecksumIndex.in(cache);
        assertThat(again.get("k1")).isEqualTo(ENTRY);
        assertThat(again.get("k2")).isNull();
        assertThat(again.get("k3")).isNull();
    }

    @Test
    void anIndexOverItsLimitStartsAfresh() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= ChecksumIndex.MAX_LINES; i++) {
            lines.add("k" + i + " " + ENTRY.upgrade() + " " + ENTRY.downgrade());
        }
        Files.write(cache.resolve(ChecksumIndex.FILE), lines);
        ChecksumIndex index = ChecksumIndex.in(cache);
        assertThat(index.get("k1")).isNull();
        index.put("k1", ENTRY);
        assertThat(Files.readAllLines(cache.resolve(ChecksumIndex.FILE))).hasSize(1);
    }
}
