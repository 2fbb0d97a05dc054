package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.MarketModel;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.UncertainParameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with {@code uncertain:} values draws one value set per replication from the scenario seed,
 * gives it to every strategy of the replication, runs the replication again at the medians to
 * measure seed noise, records the draws, and gives the same files whatever the thread count.
 */
class UncertainRunTest {
    private static final String PERSUASION = "mechanisms.advertising.persuasion_rate";
    private static final String TRIAL = "mechanisms.word_of_mouth.trial_rate";
    /** Two values that matter to the flagship's strategies, over wide ranges. */
    private static final String UNCERTAIN = "uncertain=[{path: " + PERSUASION + ", distribution: uniform, low: 0.001, high: 0.05},"
            + " {path: " + TRIAL + ", distribution: triangular, low: 0.005, mode: 0.02, high: 0.06}]";

    /** What one run saw: its replication, strategy and the two values. */
    private record Seen(int replication, String strategy, double persuasion, double trial) {
    }

    @Test
    void everyStrategyOfAReplicationMeetsTheSameDrawsAndTheMedianRunsTheMedians(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small(UNCERTAIN);
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        new Experiment(loaded, 3).withRunner((spec, sink) -> {
            seen.add(new Seen(spec.replication(), spec.strategy().name(),
                    spec.scenario().mechanisms().advertising().persuasionRate(), spec.scenario().mechanisms().wordOfMouth().trialRate()));
            new MarketModel(spec, sink).runToHorizon();
        }).run(folder, "test", ProgressListener.NONE);
        folder.commit();

        List<UncertainParameter> parameters = loaded.scenario().uncertain();
        double medianPersuasion = parameters.get(0).median();
        double medianTrial = parameters.get(1).median();
        assertEquals(0.0255, medianPersuasion, 1e-12);
        int strategies = loaded.scenario().effectiveStrategies().size();
        int replications = loaded.scenario().replications();
        // Each strategy of each replication ran twice: with the draws, and at the medians.
        assertEquals(2 * strategies * replications, seen.size());
        Map<Integer, Set<List<Double>>> drawn = new HashMap<>();
        for (Seen s : seen) {
            if (s.persuasion() == medianPersuasion && s.trial() == medianTrial) {
                continue;
            }
            drawn.computeIfAbsent(s.replication(), r -> new HashSet<>()).add(List.of(s.persuasion(), s.trial()));
        }
        assertEquals(replications, drawn.size(), "every replication drew values away from the medians");
        Set<List<Double>> distinct = new HashSet<>();
        for (int r = 0; r < replications; r++) {
            assertEquals(1, drawn.get(r).size(), "replication " + r + ": one value set for all strategies");
            distinct.addAll(drawn.get(r));
        }
        assertEquals(replications, distinct.size(), "each replication draws its own values");
        for (Seen s : seen) {
            List<Double> values = List.of(s.persuasion(), s.trial());
            assertTrue(values.equals(List.of(medianPersuasion, medianTrial)) || drawn.get(s.replication()).contains(values));
        }

        // parameters.csv holds exactly what the runs saw.
        List<String> lines = Files.readAllLines(tmp.resolve("out").resolve(UncertaintyFiles.PARAMETERS));
        assertEquals("replication,path,value", lines.get(0));
        assertEquals(1 + 2 * replications, lines.size());
        for (int r = 0; r < replications; r++) {
            List<Double> values = drawn.get(r).iterator().next();
            assertEquals(r + "," + PERSUASION + "," + Numbers.format(values.get(0)), lines.get(1 + 2 * r));
            assertEquals(r + "," + TRIAL + "," + Numbers.format(values.get(1)), lines.get(2 + 2 * r));
        }
    }

    @Test
    void filesAndDrawsAreTheSameWithOneAndThreeThreads(@TempDir Path tmp) throws IOException {
        Path one = DeterminismTest.run(DeterminismTest.small(UNCERTAIN), tmp.resolve("one"), 1);
        Path three = DeterminismTest.run(DeterminismTest.small(UNCERTAIN), tmp.resolve("three"), 3);
        for (String file : List.of(UncertaintyFiles.PARAMETERS, UncertaintyFiles.UNCERTAINTY, ResultFiles.SERIES,
                ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON, ResultFiles.SCENARIO_JSON)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(three.resolve(file)), file);
        }
    }

    @Test
    void aReplicationRunAloneDrawsWhatItDrewInTheWholeRun(@TempDir Path tmp) throws IOException {
        // As --only-replication, --resume and verify of a partial folder run it.
        LoadedScenario loaded = DeterminismTest.small(UNCERTAIN);
        Path whole = DeterminismTest.run(loaded, tmp.resolve("whole"), 2);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("alone"), false);
        new Experiment(loaded, 2).only(new TreeSet<>(List.of(2))).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        List<String> all = Files.readAllLines(whole.resolve(UncertaintyFiles.PARAMETERS));
        List<String> alone = Files.readAllLines(tmp.resolve("alone").resolve(UncertaintyFiles.PARAMETERS));
        assertEquals(List.of(all.get(0), all.get(5), all.get(6)), alone);
    }

    @Test
    void anInterruptedRunResumesToTheFilesOfAnUninterruptedOne(@TempDir Path tmp) throws IOException {
        // The median runs are saved with their replication, so a resumed run does not redo them
        // and its split of the spread is that of one uninterrupted run.
        LoadedScenario loaded = DeterminismTest.small(UNCERTAIN);
        Path clean = DeterminismTest.run(loaded, tmp.resolve("clean"), 1);
        Path dir = tmp.resolve("interrupted");
        int runsPerReplication = 2 * loaded.scenario().effectiveStrategies().size();
        StopSignal stop = new StopSignal();
        OutputFolder first = OutputFolder.prepare(dir, false);
        Outcome stopped = new Experiment(loaded, 2).run(first, "test", new StopAfterRuns(2 * runsPerReplication, stop), stop);
        first.commit();
        assertEquals(List.of(0, 1), stopped.completedReplications());
        assertEquals(5, Files.readAllLines(dir.resolve(UncertaintyFiles.PARAMETERS)).size(), "the draws of replications 0 and 1");
        OutputFolder again = OutputFolder.prepare(dir, true);
        again.resumeFrom(dir);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        Outcome resumed = new Experiment(loaded, 2).withRunner((spec, sink) -> {
            runs.incrementAndGet();
            new MarketModel(spec, sink).runToHorizon();
        }).run(again, "test", ProgressListener.NONE);
        again.commit();
        assertTrue(resumed.complete());
        assertEquals(2 * runsPerReplication, runs.get(), "only replications 2 and 3 ran, with their median runs");
        for (String file : List.of(UncertaintyFiles.PARAMETERS, UncertaintyFiles.UNCERTAINTY, ResultFiles.SERIES,
                ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON)) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(dir.resolve(file)), file);
        }
    }

    @Test
    void anEmptySectionChangesNoResultFile(@TempDir Path tmp) throws IOException {
        Path without = DeterminismTest.run(DeterminismTest.small(), tmp.resolve("without"), 2);
        Path empty = DeterminismTest.run(DeterminismTest.small("uncertain=[]"), tmp.resolve("empty"), 2);
        for (String file : List.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON,
                ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML)) {
            assertArrayEquals(Files.readAllBytes(without.resolve(file)), Files.readAllBytes(empty.resolve(file)), file);
        }
        assertFalse(Files.readString(without.resolve(ResultFiles.SCENARIO_JSON)).contains("uncertain"));
        for (Path dir : List.of(without, empty)) {
            assertFalse(Files.exists(dir.resolve(UncertaintyFiles.PARAMETERS)));
            assertFalse(Files.exists(dir.resolve(UncertaintyFiles.UNCERTAINTY)));
        }
    }

    @Test
    void anUncertainPersuasionRateWidensTheIntervalOfCustomers(@TempDir Path tmp) {
        // Advertising's trial rate from 0.001 to 0.05 a week (the default is 0.01): the 'spend'
        // strategy advertises all along, so its customers depend on it far beyond seed noise.
        String wide = "uncertain=[{path: " + PERSUASION + ", distribution: uniform, low: 0.001, high: 0.05}]";
        List<String> settings = List.of("population.size=1000", "time.horizon_weeks=40", "replications=8");
        Summary fixed = summary(tmp.resolve("fixed"), settings, null);
        Summary uncertain = summary(tmp.resolve("uncertain"), settings, wide);
        MetricSummary a = fixed.atHorizon("spend", "acme", "customers");
        MetricSummary b = uncertain.atHorizon("spend", "acme", "customers");
        double fixedWidth = a.ciHigh() - a.ciLow();
        double uncertainWidth = b.ciHigh() - b.ciLow();
        assertTrue(uncertainWidth > 2 * fixedWidth, "interval " + uncertainWidth + " against " + fixedWidth + " without uncertainty");
    }

    private static Summary summary(Path dir, List<String> settings, String uncertain) {
        List<String> more = new java.util.ArrayList<>(settings);
        if (uncertain != null) {
            more.add(uncertain);
        }
        LoadedScenario loaded = new dev.rapport.scenario.ScenarioLoader(dev.rapport.model.Metric.names())
                .load(DeterminismTest.FLAGSHIP, more);
        OutputFolder folder = OutputFolder.prepare(dir, false);
        Outcome outcome = new Experiment(loaded, 2).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        if (uncertain != null) {
            // The split says the values explain most of the spread of the objective for 'spend'.
            SpreadShare spend = outcome.uncertainty().stream().filter(s -> s.strategy().equals("spend") && s.versus() == null)
                    .findFirst().orElseThrow();
            assertTrue(spend.shareParameters() > 0.5, "share " + spend);
        }
        return outcome.summary();
    }
}
