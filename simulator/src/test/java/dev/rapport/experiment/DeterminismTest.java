package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give byte-identical result files whatever the number of threads. */
class DeterminismTest {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");

    static LoadedScenario small(String... more) {
        List<String> overrides = new java.util.ArrayList<>(List.of("population.size=800", "time.horizon_weeks=20",
                "replications=4"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, overrides);
    }

    static Path run(LoadedScenario loaded, Path dir, int threads) {
        OutputFolder folder = OutputFolder.prepare(dir, false);
        new Experiment(loaded, threads).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        return dir;
    }

    @Test
    void resultFilesAreByteIdenticalWithOneAndTwoThreads(@TempDir Path tmp) throws IOException {
        Path one = run(small(), tmp.resolve("one"), 1);
        Path two = run(small(), tmp.resolve("two"), 2);
        for (String file : List.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON,
                ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
    }

    @Test
    void aDifferentSeedGivesDifferentResults(@TempDir Path tmp) throws IOException {
        Path a = run(small(), tmp.resolve("a"), 2);
        Path b = run(small("seed=7"), tmp.resolve("b"), 2);
        assertNotEquals(Files.readString(a.resolve(ResultFiles.SERIES)), Files.readString(b.resolve(ResultFiles.SERIES)));
    }

    @Test
    void seriesHasOneRowPerReplicationStrategyTickBrandAndMetric(@TempDir Path tmp) throws IOException {
        Path dir = run(small("outputs.every_weeks=5"), tmp.resolve("rows"), 2);
        List<String> lines = Files.readAllLines(dir.resolve(ResultFiles.SERIES));
        assertEquals("strategy,replication,tick,week,brand,metric,value", lines.get(0));
        // Recorded ticks: 0, 5, 10, 15, 20; checkpoints beyond the horizon are dropped.
        int ticks = 5;
        // Three strategies and the baseline.
        assertEquals(1 + 4 * 4 * ticks * Metric.values().length, lines.size());
        assertEquals("spend,0,0,0,acme,unaware", lines.get(1).substring(0, lines.get(1).lastIndexOf(',')));
    }
}
