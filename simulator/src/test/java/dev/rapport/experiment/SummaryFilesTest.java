package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summaries say "undefined" as null (JSON) or an empty field (CSV), never as the text "NaN" or a
 * made-up 0: no mean without a replication, no sd or interval with fewer than two.
 */
class SummaryFilesTest {

    @Test
    void withNoReplicationTheMeanSdAndIntervalAreNull(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Experiment failing = new Experiment(loaded, 1).withRunner((spec, sink) -> {
            throw new IllegalStateException("every run fails");
        });
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("none"), false);
        failing.run(folder, "test", ProgressListener.NONE);
        folder.commit();

        JsonNode summary = ResultFiles.json().readTree(tmp.resolve("none").resolve(ResultFiles.SUMMARY_JSON).toFile());
        JsonNode metric = summary.get("metrics").get(0);
        assertEquals(0, metric.get("n").asInt());
        for (String field : List.of("mean", "sd", "ci_low", "ci_high")) {
            assertTrue(metric.get(field).isNull(), field + " is null: " + metric);
        }
        JsonNode comparison = summary.get("comparisons").get(0);
        for (String field : List.of("mean_difference", "ci_low", "ci_high", "probability_a_beats_b")) {
            assertTrue(comparison.path(field).isNull(), field + " is null: " + comparison);
        }
        assertTrue(!Files.readString(tmp.resolve("none").resolve(ResultFiles.SUMMARY_JSON)).contains("NaN"));
        String row = Files.readAllLines(tmp.resolve("none").resolve(ResultFiles.SUMMARY_CSV)).get(1);
        assertTrue(row.endsWith(",0,,,,"), "n = 0 and empty fields: " + row);
    }

    @Test
    void withOneReplicationOnlyTheMeanIsGiven(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("one"), false);
        new Experiment(loaded, 1).only(List.of(1)).run(folder, "test", ProgressListener.NONE);
        folder.commit();

        JsonNode metric = ResultFiles.json().readTree(tmp.resolve("one").resolve(ResultFiles.SUMMARY_JSON).toFile())
                .get("metrics").get(0);
        assertEquals(1, metric.get("n").asInt());
        assertTrue(metric.get("mean").isNumber(), metric.toString());
        for (String field : List.of("sd", "ci_low", "ci_high")) {
            assertTrue(metric.get(field).isNull(), field + " is null: " + metric);
        }
    }
}
