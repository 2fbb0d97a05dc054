package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep runs every strategy and replication at every point in a fixed order, writes the same
 * files whatever the thread count, resumes after a stop without redoing a finished run, and
 * moves its outcomes with the parameter it varies.
 */
class SweepTest {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    static final List<String> FILES = List.of(Sweep.SWEEP_CSV, Sweep.POINTS_CSV, Sweep.SWEEP_JSON,
            ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML);

    static LoadedScenario small(String... more) {
        List<String> overrides = new ArrayList<>(List.of("population.size=600", "time.horizon_weeks=16"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, overrides);
    }

    /** Market potential on a grid of three points and the invest budget on two: six points. */
    static SweepPlan grid(LoadedScenario loaded, int replications) {
        SweepSpec spec = new SweepSpec(SweepSpec.Design.GRID, 16, replications, List.of(
                new SweptParameter("market.potential", 0.3, 0.7, 3),
                new SweptParameter("strategies[invest].budget", 100000, 200000, 2)));
        return SweepPlan.of(loaded, spec, List.of(Location.of("test"), Location.of("test")));
    }

    static SweepOutcome run(SweepPlan plan, Path dir, int threads, RunFunction function, ProgressListener progress,
                            StopSignal stop, boolean resume) {
        OutputFolder folder = OutputFolder.prepare(dir, resume);
        if (resume) {
            Sweep.resumeFrom(folder, dir, plan);
        }
        SweepOutcome outcome = new Sweep(plan, new LocalExecutor(threads), threads, function)
                .run(folder, "test", progress, stop);
        folder.commit();
        return outcome;
    }

    static SweepOutcome run(SweepPlan plan, Path dir, int threads) {
        return run(plan, dir, threads, null, ProgressListener.NONE, new StopSignal(), false);
    }

    @Test
    void aGridSweepHasARowPerPointReplicationStrategyAndMetricInAFixedOrderWhateverTheThreads(@TempDir Path tmp)
            throws IOException {
        SweepPlan plan = grid(small(), 2);
        assertEquals(6, plan.points().size());
        SweepOutcome one = run(plan, tmp.resolve("one"), 1);
        SweepOutcome two = run(plan, tmp.resolve("two"), 2);
        assertTrue(one.complete() && two.complete());
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(file)),
                    Files.readAllBytes(tmp.resolve("two").resolve(file)), file);
        }

        List<String> strategies = plan.strategies();
        List<String> metrics = plan.metrics().columns();
        List<String> lines = Files.readAllLines(tmp.resolve("one").resolve(Sweep.SWEEP_CSV));
        assertEquals("point,market.potential,strategies[invest].budget,strategy,replication,metric,value", lines.get(0));
        assertEquals(1 + 6 * 2 * strategies.size() * metrics.size(), lines.size());
        // Point, then replication, then strategy, then metric: the grid's first parameter varies slowest.
        int i = 1;
        double[][] grid = {{0.3, 100000}, {0.3, 200000}, {0.5, 100000}, {0.5, 200000}, {0.7, 100000}, {0.7, 200000}};
        for (int p = 0; p < 6; p++) {
            for (int r = 0; r < 2; r++) {
                for (String s : strategies) {
                    for (String m : metrics) {
                        String[] cells = lines.get(i++).split(",");
                        assertEquals(List.of(String.valueOf(p), fmt(grid[p][0]), fmt(grid[p][1]), s, String.valueOf(r), m),
                                List.of(cells).subList(0, 6));
                    }
                }
            }
        }
        List<String> points = Files.readAllLines(tmp.resolve("one").resolve(Sweep.POINTS_CSV));
        assertEquals("point,market.potential,strategies[invest].budget,strategy,metric,n,mean,sd,ci_low,ci_high",
                points.get(0));
        assertEquals(1 + 6 * strategies.size() * metrics.size(), points.size());
        assertTrue(points.stream().skip(1).allMatch(l -> l.split(",")[5].equals("2")), "two replications everywhere");
        Manifest manifest = ResultFiles.readManifest(tmp.resolve("one"));
        assertTrue(manifest.complete());
        assertEquals(List.of(0, 1), manifest.completedReplications());
        assertFalse(Files.exists(tmp.resolve("one").resolve(RunStore.FOLDER)), "a complete sweep needs no resume data");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Test
    void replicationRHasTheSameSeedAtEveryPoint(@TempDir Path tmp) throws IOException {
        // A value the model never reads (the invest strategy's description): with common random
        // numbers its runs are identical at every point; seeds that depended on the point would differ.
        SweepSpec spec = new SweepSpec(SweepSpec.Design.GRID, 16, 2,
                List.of(new SweptParameter("strategies[invest].description", 1, 3, 3)));
        SweepPlan plan = SweepPlan.of(small(), spec, List.of(Location.of("test")));
        run(plan, tmp.resolve("crn"), 2);
        List<String> invest = Files.readAllLines(tmp.resolve("crn").resolve(Sweep.SWEEP_CSV)).stream()
                .filter(l -> l.contains(",invest,")).map(l -> l.substring(l.indexOf(",invest,"))).toList();
        int perPoint = invest.size() / 3;
        assertEquals(invest.subList(0, perPoint), invest.subList(perPoint, 2 * perPoint));
        assertEquals(invest.subList(0, perPoint), invest.subList(2 * perPoint, 3 * perPoint));
    }

    @Test
    void aStoppedSweepResumesToIdenticalFilesWithoutRedoingAFinishedRun(@TempDir Path tmp) throws IOException {
        SweepPlan plan = grid(small(), 2);
        run(plan, tmp.resolve("clean"), 2);
        Path dir = tmp.resolve("stopped");
        StopSignal stop = new StopSignal();
        SweepOutcome stopped = run(plan, dir, 2, Sweep.model(plan), new StopAfterRuns(17, stop), stop, false);
        assertTrue(stopped.interrupted());
        assertFalse(stopped.complete());
        assertFalse(ResultFiles.readManifest(dir).complete());
        assertTrue(stopped.finished() >= 17 && stopped.finished() < stopped.runs(), stopped.finished() + " runs kept");
        Set<RunKey> finished = keysIn(dir, plan);
        assertEquals(stopped.finished(), finished.size());

        Set<RunKey> redone = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        RunFunction model = Sweep.model(plan);
        RunFunction counting = key -> {
            calls.incrementAndGet();
            redone.add(key);
            return model.run(key);
        };
        SweepOutcome resumed = run(plan, dir, 2, counting, ProgressListener.NONE, new StopSignal(), true);
        assertTrue(resumed.complete());
        assertEquals(stopped.runs() - stopped.finished(), calls.get(), "each unfinished run once, no finished one");
        assertTrue(redone.stream().noneMatch(finished::contains), "no finished run is run again");
        assertEquals(stopped.runs(), finished.size() + redone.size());
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("clean").resolve(file)), Files.readAllBytes(dir.resolve(file)),
                    file);
        }
        assertTrue(ResultFiles.readManifest(dir).complete());
    }

    /** The runs whose rows are in a folder's sweep.csv. */
    private static Set<RunKey> keysIn(Path dir, SweepPlan plan) throws IOException {
        Set<RunKey> keys = new HashSet<>();
        int params = plan.parameters().size();
        List<String> lines = Files.readAllLines(dir.resolve(Sweep.SWEEP_CSV));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            keys.add(new RunKey(Integer.parseInt(c[0]), plan.strategies().indexOf(c[1 + params]),
                    Integer.parseInt(c[2 + params])));
        }
        return keys;
    }

    @Test
    void aFailingRunIsRecordedWithItsPointAndSeedAndTheOthersAreKept(@TempDir Path tmp) throws IOException {
        SweepPlan plan = grid(small(), 2);
        RunFunction model = Sweep.model(plan);
        RunKey bad = new RunKey(3, 1, 1);
        SweepOutcome outcome = run(plan, tmp.resolve("failed"), 2, key -> {
            if (key.equals(bad)) {
                throw new IllegalStateException("a point the model cannot run");
            }
            return model.run(key);
        }, ProgressListener.NONE, new StopSignal(), false);
        assertFalse(outcome.complete());
        assertEquals(outcome.runs() - 1, outcome.finished());
        assertEquals(1, outcome.failed().size());
        SweepRecord.Failed f = outcome.failed().get(0);
        assertEquals(List.of(3, "invest", 1), List.of(f.point(), f.strategy(), f.replication()));
        assertEquals(List.of("market.potential=0.5", "strategies[invest].budget=200000"), f.settings());
        assertEquals(1, ResultFiles.readManifest(tmp.resolve("failed")).failures().size());
        assertEquals(List.of(0), ResultFiles.readManifest(tmp.resolve("failed")).completedReplications());
        assertFalse(keysIn(tmp.resolve("failed"), plan).contains(bad));
    }

    @Test
    void moreAdvertisingGivesTheSpendStrategyMoreCustomersAcrossTheGrid(@TempDir Path tmp) throws IOException {
        // Advertising alone (no discount), from none to a moderate weekly spend, on common random numbers
        // (beyond about 7500 a week this small market's customers stop rising: wear-out).
        LoadedScenario loaded = small("strategies[spend].plan[1].depth=0", "strategies[spend].plan[2].depth=0",
                "strategies[spend].plan[3].depth=0");
        SweepSpec spec = new SweepSpec(SweepSpec.Design.GRID, 16, 3,
                List.of(new SweptParameter("strategies[spend].plan[0].per_week", 0, 5000, 3)));
        SweepPlan plan = SweepPlan.of(loaded, spec, List.of(Location.of("test")));
        run(plan, tmp.resolve("ads"), 2);
        double[] customers = new double[3];
        double[] low = new double[3];
        for (String line : Files.readAllLines(tmp.resolve("ads").resolve(Sweep.POINTS_CSV))) {
            String[] c = line.split(",");
            if (c[2].equals("spend") && c[3].equals("customers")) {
                customers[Integer.parseInt(c[0])] = Double.parseDouble(c[5]);
                low[Integer.parseInt(c[0])] = Double.parseDouble(c[7]);
            }
        }
        assertTrue(customers[0] < customers[1] && customers[1] < customers[2],
                "customers rise with the advertising budget: " + java.util.Arrays.toString(customers));
        assertTrue(low[2] > customers[0], "at 5000 a week the interval's low end (" + low[2]
                + ") is above the mean without advertising (" + customers[0] + "): not seed noise");
    }
}
