package dev.rapport.distributed;

import static dev.rapport.distributed.SameFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.EdgeListRuns;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunResult;
import dev.rapport.experiment.points.Sweep;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweptParameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark executor with Spark embedded in this JVM ({@code local[2]}): the local engine's files
 * whatever the partitions, results in key order, one run's failure recorded as the local engine
 * records it, and an edge list that travels with the job rather than by its path.
 */
class LocalSparkSweepTest {
    private static final Path VALIDATION = Path.of("..", "scenarios", "validation");
    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setAppName("rapport-test").setMaster("local[2]")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aSweepInLocalSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        SweepPlan plan = Sweeps.flagship();
        Sweeps.local(plan, tmp.resolve("local"));
        Sweeps.run(plan, tmp.resolve("spark"), SparkExecutor.on(spark), null);
        assertSameFiles(tmp.resolve("local"), tmp.resolve("spark"));
    }

    @Test
    void aStoppedSparkSweepResumesOnSparkRedoingOnlyUnfinishedRuns(@TempDir Path tmp) {
        SweepPlan plan = Sweeps.flagship();
        Sweeps.local(plan, tmp.resolve("local"));
        Path dir = tmp.resolve("spark");
        SweepOutcome stopped = Sweeps.stopping(plan, dir, SparkExecutor.on(spark), 10, false);
        assertFalse(stopped.complete());
        assertEquals(10, stopped.finished(), "the runs handed before the stop are saved");
        SweepOutcome resumed = Sweeps.stopping(plan, dir, SparkExecutor.on(spark), 0, true);
        assertTrue(resumed.complete());
        assertEquals(plan.layout().runs() - 10, resumed.ran(), "only the unfinished runs are run again");
        assertSameFiles(tmp.resolve("local"), dir);
    }

    @Test
    void aSweepStoppedOnTheLocalEngineResumesOnSpark(@TempDir Path tmp) {
        SweepPlan plan = Sweeps.flagship();
        Sweeps.local(plan, tmp.resolve("local"));
        Path dir = tmp.resolve("moved");
        assertFalse(Sweeps.stopping(plan, dir, new LocalExecutor(2), 7, false).complete());
        assertTrue(Sweeps.stopping(plan, dir, SparkExecutor.on(spark), 0, true).complete());
        assertSameFiles(tmp.resolve("local"), dir);
    }

    @Test
    void resultsComeInKeyOrderWithEachRunsOwnValuesAndFailures() {
        List<RunKey> keys = IntStream.range(0, 50).mapToObj(i -> new RunKey(i, 0, i % 3)).toList();
        List<RunResult> results = new ArrayList<>();
        int handed = SparkExecutor.on(spark).execute(keys, key -> {
            if (key.point() == 7) {
                throw new IllegalStateException("point 7 is pathological");
            }
            return new double[] {key.point(), key.replication()};
        }, results::add, new StopSignal());
        assertEquals(keys.size(), handed);
        assertEquals(keys, results.stream().map(RunResult::key).toList());
        for (RunResult r : results) {
            if (r.key().point() == 7) {
                assertEquals("java.lang.IllegalStateException: point 7 is pathological", String.valueOf(r.failure()));
            } else {
                assertEquals(r.key().point(), r.values()[0]);
                assertEquals(r.key().replication(), r.values()[1]);
            }
        }
    }

    @Test
    void aStopHandsNoMoreResults() {
        List<RunKey> keys = IntStream.range(0, 40).mapToObj(i -> new RunKey(i, 0, 0)).toList();
        StopSignal stop = new StopSignal();
        List<RunResult> results = new ArrayList<>();
        int handed = SparkExecutor.on(spark).execute(keys, key -> new double[] {key.point()}, r -> {
            results.add(r);
            if (results.size() == 5) {
                stop.request();
            }
        }, stop);
        assertEquals(5, handed);
        assertEquals(5, results.size());
    }

    @Test
    void theEdgeListTravelsWithTheJobNotByItsPath(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scenario"));
        Files.copy(VALIDATION.resolve("cascade-star.yaml"), dir.resolve("cascade-star.yaml"));
        Files.copy(VALIDATION.resolve("cascade-star.csv"), dir.resolve("cascade-star.csv"));
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(dir.resolve("cascade-star.yaml"), List.of());
        SweepPlan plan = Sweeps.plan(loaded, new SweptParameter("mechanisms.word_of_mouth.trial_rate", 0.2, 0.5, 2), 40);
        Sweeps.local(plan, tmp.resolve("local"));
        // On a cluster the file is not where the driver found it: here it is nowhere but in the driver's copy.
        Path driversCopy = Files.move(dir.resolve("cascade-star.csv"), tmp.resolve("drivers-copy.csv"));
        EdgeListRuns model = (EdgeListRuns) Sweep.model(plan);
        assertThrows(RuntimeException.class, () -> model.run(new RunKey(0, 0, 0)), "the path is gone");
        Sweeps.run(plan, tmp.resolve("spark"), SparkExecutor.on(spark), new DriversCopy(model, driversCopy.toString()));
        assertSameFiles(tmp.resolve("local"), tmp.resolve("spark"));
    }

    /** The model's runs with the edge list, for the driver, at another path than the scenario names. */
    private record DriversCopy(EdgeListRuns model, String file) implements EdgeListRuns {
        @Override
        public Path edgeListFile() {
            return Path.of(file);
        }

        @Override
        public double[] run(RunKey key) {
            return model.run(key);
        }

        @Override
        public RunFunction readingEdgeListAt(Path copy) {
            return model.readingEdgeListAt(copy);
        }
    }
}
