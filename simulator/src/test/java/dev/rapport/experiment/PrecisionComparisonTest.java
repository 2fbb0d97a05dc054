package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport compare}'s engine: it stops at the precision asked for (or at the cap, and says
 * so), its interval covers a difference known by construction, and a compare stopped part-way
 * resumes without running its finished replications again, to the files of an uninterrupted one.
 */
class PrecisionComparisonTest {
    /** The flagship, small and short: four strategies (the baseline included), each run well under a second. */
    private static IntFunction<LoadedScenario> small(String... more) {
        return n -> {
            List<String> overrides = new ArrayList<>(List.of("population.size=800", "time.horizon_weeks=20"));
            overrides.addAll(List.of(more));
            overrides.add("replications=" + n);
            return new ScenarioLoader(Metric.names()).load(DeterminismTest.FLAGSHIP, overrides);
        };
    }

    private static PrecisionComparison.Result compare(IntFunction<LoadedScenario> scenario, double precision, int batch,
                                                      int cap, Path dir, PrecisionComparison.Progress progress,
                                                      StopSignal stop, boolean replace) {
        OutputFolder folder = OutputFolder.prepare(dir, replace);
        if (replace) {
            folder.resumeFrom(dir);
        }
        PrecisionComparison.Result result = new PrecisionComparison(scenario,
                new PrecisionComparison.Settings(null, precision, batch, cap), 2).run(folder, "test", progress, stop);
        folder.commit();
        return result;
    }

    private static PrecisionComparison.Result compare(IntFunction<LoadedScenario> scenario, double precision, int batch,
                                                      int cap, Path dir) {
        return compare(scenario, precision, batch, cap, dir, PrecisionComparison.Progress.NONE, new StopSignal(), false);
    }

    /** The widest interval of a difference in cumulative profit, as a plain run of n replications summarises it. */
    private static double widestInPlainRun(IntFunction<LoadedScenario> scenario, int n, Path dir) {
        Summary summary = new Experiment(scenario.apply(n), 2).run(OutputFolder.prepare(dir, false), "test",
                ProgressListener.NONE).summary();
        return summary.comparisons().stream().filter(c -> c.metric().equals("cumulative_profit"))
                .mapToDouble(c -> c.ciHigh() - c.ciLow()).max().orElseThrow();
    }

    @Test
    void stopsAtTheFirstBatchWhoseWidestIntervalIsBelowThePrecision(@TempDir Path tmp) {
        IntFunction<LoadedScenario> scenario = small();
        PrecisionComparison.Result capped = compare(scenario, 1, 4, 16, tmp.resolve("capped"));
        assertEquals(PrecisionComparison.Stop.MAX_REPLICATIONS_REACHED, capped.stop(), "1 in cumulative profit is out of reach");
        assertEquals(16, capped.replications());
        assertTrue(capped.widest().ciWidth() >= 1);
        assertEquals(List.of(4, 8, 12, 16), capped.batches().stream().map(PrecisionComparison.Batch::replications).toList());

        // A precision that the widths of the capped compare say is first met at batch k.
        List<Double> widths = capped.batches().stream().map(PrecisionComparison.Batch::widestCiWidth).toList();
        int k = 1;
        while (k < widths.size() && widths.get(k) >= widths.subList(0, k).stream().min(Double::compare).orElseThrow()) {
            k++;
        }
        assertTrue(k < widths.size(), "the widest interval narrows at some batch: " + widths);
        double precision = (widths.get(k) + widths.subList(0, k).stream().min(Double::compare).orElseThrow()) / 2;
        int stopAt = capped.batches().get(k).replications();

        PrecisionComparison.Result result = compare(scenario, precision, 4, 16, tmp.resolve("precise"));
        assertEquals(PrecisionComparison.Stop.PRECISION_REACHED, result.stop());
        assertEquals(stopAt, result.replications());
        assertTrue(result.widest().ciWidth() < precision);
        assertTrue(result.differences().stream().allMatch(d -> d.ciWidth() < precision && d.n() == stopAt));
        // Checked against plain runs: with these replications every interval is narrower, with one batch fewer one is not.
        assertEquals(result.widest().ciWidth(), widestInPlainRun(scenario, stopAt, tmp.resolve("at")), 1e-6);
        assertTrue(widestInPlainRun(scenario, stopAt - 4, tmp.resolve("before")) >= precision);

        Path dir = tmp.resolve("precise");
        Manifest manifest = ResultFiles.readManifest(dir);
        assertTrue(manifest.complete());
        assertEquals(stopAt, manifest.replications());
        assertTrue(manifest.overrides().contains("replications=" + stopAt), "rapport verify reproduces it");
        assertFalse(Files.exists(dir.resolve(ReplicationStore.FOLDER)), "a complete folder needs no saved replications");
    }

    /**
     * Two strategies identical but for 100 a week of advertising that reaches nobody: advertising
     * with no awareness, persuasion or reinforcement effect, no shouting, and forgetting off (an ad
     * otherwise reminds aware consumers): its money is spent without any effect on consumers.
     */
    private static IntFunction<LoadedScenario> fixedCost(Path tmp) throws IOException {
        String flagship = Files.readString(DeterminismTest.FLAGSHIP);
        String yaml = flagship.substring(0, flagship.indexOf("strategies:")) + """
                mechanisms:
                  awareness: {forgetting_rate: 0}
                  advertising: {awareness_rate: 0, persuasion_rate: 0, reinforcement: 0, shouting_threshold: 1000000}

                strategies:
                  - name: lean
                    plan:
                      - {lever: value_delivery, weeks: all, per_week: 2000}
                  - name: overhead
                    plan:
                      - {lever: value_delivery, weeks: all, per_week: 2000}
                      - {lever: advertising, weeks: all, per_week: 100}

                outputs:
                  baseline: false
                """;
        Path file = tmp.resolve("fixed-cost.yaml");
        Files.writeString(file, yaml);
        return n -> new ScenarioLoader(Metric.names()).load(file, List.of("population.size=800", "time.horizon_weeks=20",
                "replications=" + n));
    }

    @Test
    void theIntervalCoversADifferenceKnownByConstruction(@TempDir Path tmp) throws IOException {
        PrecisionComparison.Result result = compare(fixedCost(tmp), 1, 5, 20, tmp.resolve("out"));
        PairedDifference d = result.differences().get(0);
        assertEquals(List.of("lean", "overhead"), List.of(d.a(), d.b()));
        double known = 100 * 20; // 20 weeks of 100 spent for nothing
        double tolerance = 1e-6 * known; // sums of doubles over the weeks
        assertTrue(d.ciLow() <= known + tolerance && d.ciHigh() >= known - tolerance,
                "[" + d.ciLow() + ", " + d.ciHigh() + "] covers " + known);
        assertEquals(known, d.meanDifference(), tolerance);
        assertEquals(1.0, d.probabilityABeatsB(), "lean ends ahead in every replication");
        assertEquals(PrecisionComparison.Stop.PRECISION_REACHED, result.stop());
        assertEquals(5, result.replications(), "a constant difference is known from the first batch");
        // The outcome itself varies from replication to replication, by many times the difference:
        // the interval is narrow because the pairs share their random numbers, not because nothing is random.
        MetricSummary lean = result.outcome().summary().atHorizon("lean", "acme", "cumulative_profit");
        assertTrue(lean.sd() > 10 * known, "cumulative profit varies across replications: sd " + lean.sd());
    }

    /** Asks for a stop after some runs of one batch, as Ctrl-C would. */
    private record StopInBatch(int from, int runs, StopSignal stop) implements PrecisionComparison.Progress {
        @Override
        public ProgressListener batch(int batchFrom, int to) {
            return batchFrom == from ? new StopAfterRuns(runs, stop) : ProgressListener.NONE;
        }

        @Override
        public void measured(int replications, PairedDifference widest, double precision) {
        }
    }

    /** Records which replications were run. */
    private static final class Ran implements PrecisionComparison.Progress {
        final SortedSet<Integer> replications = new TreeSet<>();

        @Override
        public ProgressListener batch(int from, int to) {
            return new ProgressListener() {
                @Override
                public void start(int totalRuns) {
                }

                @Override
                public void runFinished(String strategy, int replication) {
                    replications.add(replication);
                }

                @Override
                public void end() {
                }
            };
        }

        @Override
        public void measured(int replications, PairedDifference widest, double precision) {
        }
    }

    @Test
    void aStoppedCompareResumesWithoutRerunningFinishedReplicationsToIdenticalFiles(@TempDir Path tmp) throws IOException {
        IntFunction<LoadedScenario> scenario = small();
        Path clean = tmp.resolve("clean");
        compare(scenario, 1, 2, 6, clean);

        Path dir = tmp.resolve("stopped");
        StopSignal stop = new StopSignal();
        int strategies = scenario.apply(6).scenario().effectiveStrategies().size();
        // Stop in the second batch (replications 2 and 3) once replication 2 is done.
        PrecisionComparison.Result stopped = compare(scenario, 1, 2, 6, dir, new StopInBatch(2, strategies, stop), stop,
                false);
        assertEquals(PrecisionComparison.Stop.CUT_SHORT, stopped.stop());
        assertTrue(stopped.outcome().interrupted());
        assertFalse(ResultFiles.readManifest(dir).complete());
        SortedSet<Integer> saved = new ReplicationStore(dir).completed();
        assertEquals(new TreeSet<>(List.of(0, 1, 2)), saved);

        Ran ran = new Ran();
        PrecisionComparison.Result resumed = compare(scenario, 1, 2, 6, dir, ran, new StopSignal(), true);
        assertEquals(PrecisionComparison.Stop.MAX_REPLICATIONS_REACHED, resumed.stop());
        assertEquals(new TreeSet<>(List.of(3, 4, 5)), ran.replications, "only the replications not saved are run");
        List<String> files = new ArrayList<>(ResumeTest.RESULT_FILES);
        files.addAll(List.of(ComparisonFiles.CSV, ComparisonFiles.JSON));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(dir.resolve(file)), file);
        }
        assertEquals(ResultFiles.readManifest(clean).completedReplications(), ResultFiles.readManifest(dir).completedReplications());
    }

    @Test
    void anObjectiveTheRunDoesNotRecordIsRefusedWithTheNearestName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison(small(),
                new PrecisionComparison.Settings("cumulative_proft", 1000, 10, 200), 1));
        assertTrue(e.getMessage().contains("did you mean 'cumulative_profit'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison(small("mechanisms.membership.enabled=false"),
                new PrecisionComparison.Settings("members", 1000, 10, 200), 1));
        assertTrue(e.getMessage().contains("mechanisms.membership is off"), e.getMessage());
    }

    @Test
    void anotherObjectiveIsComparedOnItsOwnValues(@TempDir Path tmp) {
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("members"), false);
        PrecisionComparison.Result result = new PrecisionComparison(small(),
                new PrecisionComparison.Settings("members", 1e9, 3, 10), 2).run(folder, "test",
                PrecisionComparison.Progress.NONE, new StopSignal());
        folder.commit();
        assertEquals("members", result.objective());
        assertTrue(result.differences().stream().allMatch(d -> d.metric().equals("members")));
        Comparison fromSummary = result.outcome().summary().comparison("members", "spend", "invest");
        PairedDifference spendInvest = result.differences().get(0);
        assertEquals(fromSummary.meanDifference(), spendInvest.meanDifference(), 1e-9);
        assertEquals(fromSummary.ciLow(), spendInvest.ciLow(), 1e-9);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison.Settings(null, 0, 10, 200));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison.Settings(null, Double.NaN, 10, 200));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison.Settings(null, 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionComparison.Settings(null, 1, 1, 200));
    }
}
