package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.model.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a user names are read within limits whatever they are: a device, a pipe or a file that
 * never ends is refused at once, not read until memory runs out or waited on forever, and a
 * scenario with a huge number of problems lists the first ones and counts the rest. Timeouts run
 * the test in a thread of its own: opening a pipe blocks in the operating system, where an
 * interrupt does not reach.
 */
class UntrustedFilesTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-scenarios");
    private static final ScenarioLoader LOADER = new ScenarioLoader(Metric.names());

    private static String base() throws IOException {
        return Files.readString(CORPUS.resolve("valid-base.yaml.txt"));
    }

    private static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            throw e;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    /** A scenario whose network is the edge list at {@code file} (absolute). */
    private static Path edgeListScenario(Path dir, Path file) throws IOException {
        String yaml = base().replace("  type: watts_strogatz\n  degree: 6\n  rewire: 0.1\n",
                "  type: edge_list\n  file: " + file.toAbsolutePath() + "\n");
        assertTrue(yaml.contains("edge_list"), "the base scenario has the network block this test replaces");
        Path scenario = dir.resolve("edges.yaml");
        Files.writeString(scenario, yaml);
        return scenario;
    }

    private static ScenarioProblem refusedOnce(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> LOADER.load(file, List.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_devZeroAsTheScenarioIsRefusedAsNotARegularFile() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        ScenarioProblem p = refusedOnce(Path.of("/dev/zero"));
        assertEquals(ScenarioProblem.Code.FILE, p.code(), p.format());
        assertTrue(p.found().contains("not a regular file"), p.format());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_aFifoAsTheScenarioIsRefusedWithoutWaitingForAWriter(@TempDir Path tmp) throws Exception {
        ScenarioProblem p = refusedOnce(fifo(tmp));
        assertEquals(ScenarioProblem.Code.FILE, p.code(), p.format());
        assertTrue(p.found().contains("not a regular file"), p.format());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_devZeroAsTheEdgeListIsRefusedAsNotARegularFile(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        ScenarioProblem p = refusedOnce(edgeListScenario(tmp, Path.of("/dev/zero")));
        assertEquals(ScenarioProblem.Code.FILE, p.code(), p.format());
        assertEquals("network.file", p.path(), p.format());
        assertTrue(p.found().contains("not a regular file"), p.format());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_aFifoAsTheEdgeListIsRefusedWithoutWaitingForAWriter(@TempDir Path tmp) throws Exception {
        ScenarioProblem p = refusedOnce(edgeListScenario(tmp, fifo(tmp)));
        assertEquals(ScenarioProblem.Code.FILE, p.code(), p.format());
        assertTrue(p.found().contains("not a regular file"), p.format());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d4_anEdgeListWithOneEndlessLineIsRefusedAtTheLineLimit(@TempDir Path tmp) throws IOException {
        // 64 MiB without a line break: read as one line it would cost 128 MiB of chars and more.
        Path csv = tmp.resolve("one-line.csv");
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) '7');
        try (var out = Files.newOutputStream(csv)) {
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ScenarioProblem p = refusedOnce(edgeListScenario(tmp, csv));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(ScenarioProblem.Code.LIMIT, p.code(), p.format());
        assertEquals(1, p.location().line(), p.format());
        assertTrue(p.expected().contains("lines of at most"), p.format());
        assertTrue(allocated < 32L * 1024 * 1024, "bytes allocated while refusing the line: " + allocated);
    }

    @Test
    void d4_readingStopsAtTheLimitWhateverTheFileSaysItsSizeIs() throws IOException {
        // A stream that never ends (as /dev/zero, or /proc files that report size 0).
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        byte[] read = UserFiles.readAtMost(endless, 1000);
        assertEquals(1001, read.length, "one byte past the limit says there was more");
    }

    /** {@code count} top-level keys the format does not have, on a valid scenario. */
    static Path unknownKeys(Path dir, int count) throws IOException {
        StringBuilder yaml = new StringBuilder(base());
        for (int i = 0; i < count; i++) {
            yaml.append("unknown_").append(i).append(": 1\n");
        }
        Path file = dir.resolve("many-unknown-keys.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void d5_twoHundredThousandUnknownKeysListTheFirstHundredAndCountTheRest(@TempDir Path tmp) throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> LOADER.load(unknownKeys(tmp, 200_000), List.of()));
        assertEquals(ScenarioException.MAX_LISTED, e.problems().size(), "problems listed");
        assertEquals(100, ScenarioException.MAX_LISTED);
        assertEquals(199_900, e.unlisted(), "problems counted but not listed");
        assertEquals("unknown_0", e.problems().get(0).path());
        assertEquals("unknown_99", e.problems().get(99).path());
        assertTrue(e.getMessage().contains("199900 more problems"), e.getMessage().substring(e.getMessage().length() - 300));
        assertFalse(e.getMessage().contains("unknown_100'"), "the 101st problem is not described");
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void d5_theUnknownKeysAreRefusedInASmallHeap(@TempDir Path tmp) throws Exception {
        // Before, 200k unknown keys took 1.9 GB; the problems past the cap must not be built at all.
        Path file = unknownKeys(tmp, 200_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.rapport.cli.Main", "validate", file.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(110, TimeUnit.SECONDS), "validate finished");
        String out = Files.readString(tmp.resolve("out.txt"));
        assertEquals(2, p.exitValue(), out.length() > 2000 ? out.substring(0, 2000) : out);
        assertTrue(out.contains("200000 problems"), out.substring(0, Math.min(300, out.length())));
        assertTrue(out.contains("199900 more"), out.substring(Math.max(0, out.length() - 300)));
        assertTrue(out.lines().count() < 250, "lines printed: " + out.lines().count());
        assertFalse(out.contains("OutOfMemoryError"), "no out-of-memory error");
    }
}
