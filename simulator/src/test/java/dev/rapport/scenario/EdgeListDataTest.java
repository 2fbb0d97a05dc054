package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions on imperfect edge lists (docs/hardening.md): a bad row and an unknown or negative
 * id are errors with the file's own line number; a self-loop is dropped and counted; a duplicate
 * tie, in either direction, is merged keeping the stronger, and counted; blank lines and
 * {@code #} comments are skipped.
 */
class EdgeListDataTest {
    private static EdgeListData read(Path tmp, String csv, boolean header, int size) throws IOException {
        Path file = tmp.resolve("net.csv");
        Files.writeString(file, csv);
        return EdgeListData.read(file, header, size, "net.csv");
    }

    @Test
    void selfLoopsAreDroppedAndDuplicatesMergedKeepingTheStrongerTie(@TempDir Path tmp) throws IOException {
        EdgeListData e = read(tmp, "source,target,strength\n0,1,0.2\n1,0,0.9\n2,2,1\n# a comment\n\n1,2\n0,1\n", true, 3);
        assertEquals(2, e.edgeCount());
        assertArrayEquals(new int[] {0, 1}, e.sources());
        assertArrayEquals(new int[] {1, 2}, e.targets());
        assertArrayEquals(new boolean[] {true, false}, e.strong(), "0-1 merged with its stronger duplicate");
        assertEquals(1, e.selfLoopsDropped());
        assertEquals(2, e.duplicatesMerged());
    }

    @Test
    void unknownIdsAndBadRowsAreErrorsWithTheirLineNumbers(@TempDir Path tmp) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> read(tmp, "0,1\n1,5\nfoo,bar\n-1,0\n0;1\n", false, 5));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(2, e.problems().get(0).location().line());
        assertTrue(e.problems().get(0).found().contains("id 5"), e.getMessage());
        assertEquals(3, e.problems().get(1).location().line());
        assertEquals(4, e.problems().get(2).location().line());
        assertTrue(e.problems().stream().allMatch(p -> p.location().source().equals("net.csv")));
    }

    @Test
    void atMostTwentyBadRowsAreReported(@TempDir Path tmp) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(tmp, "x,y\n".repeat(1000), false, 5));
        assertEquals(20, e.problems().size());
    }

    @Test
    void separatorsMayBeCommasSemicolonsOrTabs(@TempDir Path tmp) throws IOException {
        assertEquals(3, read(tmp, "0,1\n1;2\n2\t3\n", false, 4).edgeCount());
    }

    @Test
    void validateReportsWhatWasDroppedAndMerged(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("net.csv"), "source,target\n0,1\n1,0\n2,2\n1,2\n");
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "name: edges\npopulation: {size: 3}\nnetwork: {type: edge_list, file: net.csv}\n"
                + "brands: [{name: a}]\n");
        LoadedScenario loaded = new ScenarioLoader(dev.rapport.model.Metric.names()).load(scenario, java.util.List.of());
        EdgeListData e = loaded.edges().orElseThrow();
        assertEquals(2, e.edgeCount());
        assertEquals(1, e.selfLoopsDropped());
        assertEquals(1, e.duplicatesMerged());
    }
}
