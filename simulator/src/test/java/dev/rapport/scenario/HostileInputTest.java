package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile scenario files are refused before they cost memory: a "billion laughs" alias bomb,
 * very deep nesting, huge scalars, very long lines, too many values and oversized files all end in
 * one {@code LIMIT} problem that says which limit, with a location. The alias bomb is measured:
 * the bytes this thread allocates while refusing it stay small, although its expansion would be
 * hundreds of millions of values.
 */
class HostileInputTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(Metric.names());

    private static ScenarioProblem refused(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> LOADER.load(yaml.getBytes(StandardCharsets.UTF_8), "hostile.yaml", null, List.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
        ScenarioProblem p = e.problems().get(0);
        assertEquals(ScenarioProblem.Code.LIMIT, p.code(), e.getMessage());
        return p;
    }

    /** The classic billion laughs: {@code levels} anchors, each a list of {@code width} aliases to the one before. */
    static String aliasBomb(int levels, int width) {
        StringBuilder y = new StringBuilder("name: laughs\nlol0: &l0 \"lol\"\n");
        for (int i = 1; i <= levels; i++) {
            y.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) {
                y.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            y.append("]\n");
        }
        return y.append("brands: [{name: a}]\n").toString();
    }

    @Test
    void anAliasBombIsRefusedWithLittleMemory() {
        // 10^9 values once expanded (a billion laughs); the reader counts instead of copying.
        String bomb = aliasBomb(9, 10);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ScenarioProblem p = refused(bomb);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(p.expected().contains("1000000 values once aliases are expanded"), p.format());
        assertTrue(p.found().contains("billion laughs"), p.format());
        assertTrue(p.location().line() >= 2, p.format());
        assertTrue(allocated < 64L * 1024 * 1024, "bytes allocated while refusing the bomb: " + allocated);
    }

    @Test
    void aliasesThatExpandModeratelyAreAllowed() {
        // An anchor reused a few times is ordinary YAML; only the expansion size is limited.
        ScenarioException e = assertThrows(ScenarioException.class, () -> LOADER.load(aliasBomb(2, 3)
                .getBytes(StandardCharsets.UTF_8), "ok.yaml", null, List.of()));
        assertTrue(e.has(ScenarioProblem.Code.UNKNOWN_KEY) && !e.has(ScenarioProblem.Code.LIMIT), e.getMessage());
    }

    @Test
    void anchorsOnScalarsWork() throws IOException {
        LoadedScenario loaded = LOADER.load(("name: anchors\nbrands:\n  - {name: a, price: &p 25, quality: &q 0.7}\n"
                + "  - {name: b, price: *p, quality: *q}\n").getBytes(StandardCharsets.UTF_8), "a.yaml", null, List.of());
        assertEquals(25, loaded.scenario().brands().get(1).price());
        assertEquals(0.7, loaded.scenario().brands().get(1).quality());
    }

    @Test
    void deepFlowNestingIsRefused() {
        ScenarioProblem p = refused("name: deep\nbrands: [{name: a}]\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertTrue(p.format().contains("64") || p.format().contains("nesting"), p.format());
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder y = new StringBuilder("name: deep\nbrands: [{name: a}]\n");
        for (int i = 0; i < 200; i++) {
            y.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        y.append("  ".repeat(200)).append("v: 1\n");
        ScenarioProblem p = refused(y.toString());
        assertTrue(p.format().contains("nesting") || p.format().contains("depth"), p.format());
    }

    @Test
    void aHugeScalarIsRefused() {
        String lines = ("    " + "x".repeat(996) + "\n").repeat(150);
        ScenarioProblem p = refused("name: big\ndescription: |\n" + lines + "brands: [{name: a}]\n");
        assertTrue(p.format().contains("100000") || p.format().contains("length"), p.format());
    }

    @Test
    void aVeryLongLineIsRefusedWithItsLineNumber() {
        StringBuilder y = new StringBuilder("name: long\nbrands:\n  - name: a\n    initial_customer_ids: [");
        for (int i = 0; i < 40_000; i++) {
            y.append(i).append(", ");
        }
        ScenarioProblem p = refused(y.append("0]\n").toString());
        assertEquals(4, p.location().line(), p.format());
        assertTrue(p.expected().contains("lines of at most 100000 characters"), p.format());
    }

    @Test
    void tooManyValuesAreRefused() {
        StringBuilder y = new StringBuilder("name: many\nbrands: [{name: a}]\nvalues:\n");
        for (int i = 0; i < 1_100_000; i++) {
            y.append("- 0\n");
        }
        ScenarioProblem p = refused(y.toString());
        assertTrue(p.expected().contains("1000000 values"), p.format());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.yaml");
        Files.write(big, new byte[(int) ScenarioLoader.MAX_FILE_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> LOADER.load(big, List.of()));
        assertTrue(e.has(ScenarioProblem.Code.LIMIT) && e.getMessage().contains("8 MiB"), e.getMessage());
    }
}
