package dev.rapport.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimiser on a problem whose best split is known by construction, through the real engine
 * and store: profit a_i * sqrt(spend_i) summed over levers under the budget, whose optimum spends
 * it all in proportion to a_i^2. And a stopped optimisation resumes to the same files.
 */
class OptimizeTest {
    static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    static final List<String> LEVERS = List.of("advertising", "value_delivery", "community");
    static final double[] WEIGHT = {1, 2, 3};
    static final double BUDGET = 1_200_000;

    static LoadedScenario small() {
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, List.of("population.size=600", "time.horizon_weeks=16"));
    }

    static Optimization optimization(int evaluations, int replications) {
        return new Optimization(small(), new OptimizeOutcome.Settings("cumulative_profit", LEVERS, 1, List.of(), BUDGET,
                evaluations, replications, replications, 7));
    }

    /**
     * Profit of the optimised strategy = 1e6 * sum a_i sqrt(money_i / budget), times a factor common
     * to every candidate in a replication (common random numbers: it moves every candidate alike),
     * plus a small noise of the candidate's own so that the optimiser has something to average.
     * Every other strategy makes a fixed profit per replication.
     */
    static Function<PointSet, RunFunction> known(Optimization o, AtomicInteger calls, int stopAfter, StopSignal stop) {
        return known(o, calls, stopAfter, stop, 1e3);
    }

    /** @param noise sd of each candidate's own noise per replication */
    static Function<PointSet, RunFunction> known(Optimization o, AtomicInteger calls, int stopAfter, StopSignal stop,
                                                 double noise) {
        List<String> columns = o.metrics().columns();
        int profit = columns.indexOf("cumulative_profit");
        // An incremental metric's run stores its source (its own profit); the baseline's is subtracted later.
        int incremental = columns.indexOf("incremental_cumulative_profit");
        int optimized = o.layout().strategies().indexOf(PlanScenario.NAME);
        int width = o.metrics().size();
        return points -> key -> {
            if (calls.incrementAndGet() == stopAfter) {
                stop.request();
            }
            double[] values = new double[width];
            SplittableRandom common = new SplittableRandom(key.replication());
            double luck = 1 + 0.05 * (common.nextDouble() - 0.5);
            if (key.strategy() != optimized) {
                values[profit] = 1e6 * luck;
                values[incremental] = values[profit];
                return values;
            }
            var settings = points.get(key.point()).settings();
            double budget = settings.get(LEVERS.size()).value();
            double sum = 0;
            for (int i = 0; i < LEVERS.size(); i++) {
                sum += WEIGHT[i] * Math.sqrt(settings.get(i).value() * budget / BUDGET);
            }
            double own = new SplittableRandom(31L * key.point() + key.replication()).nextGaussian() * noise;
            values[profit] = 1e6 * sum * luck + own;
            values[incremental] = values[profit];
            return values;
        };
    }

    static OptimizeOutcome run(Optimization o, Path dir, Function<PointSet, RunFunction> runs, StopSignal stop) throws IOException {
        Files.createDirectories(dir);
        return new Optimize(o, new LocalExecutor(2), 2, runs).run(dir, small(), "test", stop, Optimization.Listener.NONE);
    }

    @Test
    void findsTheSplitProportionalToTheSquaredWeights(@TempDir Path tmp) throws IOException {
        Optimization o = optimization(200, 3);
        OptimizeOutcome outcome = run(o, tmp, known(o, new AtomicInteger(), -1, new StopSignal()), new StopSignal());
        assertTrue(outcome.complete());
        double norm = 1 + 4 + 9;
        double[] expected = {1 / norm, 4 / norm, 9 / norm};
        // The objective is flat at its top: a share off by 0.015 costs under 0.1% of it.
        assertArrayEquals(expected, outcome.best(), 0.015, () -> java.util.Arrays.toString(outcome.best()));
        assertEquals(1, java.util.Arrays.stream(outcome.best()).sum(), 0.01, "an optimum of an increasing profit spends it all");
        // At the optimum every lever returns the same on its last unit of money (else moving money would pay):
        // 1e6 a_i / (2 sqrt(s_i) budget) with sqrt(s_i) = a_i / sqrt(14). The curve's slope between half and
        // 1.5 times the optimum's spend of a square root is that times (sqrt(1.5) - sqrt(0.5)) * 2.
        double marginal = 1e6 * Math.sqrt(norm) * (Math.sqrt(1.5) - Math.sqrt(0.5)) / BUDGET;
        for (OptimizeOutcome.ResponseRow row : outcome.response()) {
            if (row.optimum()) {
                assertEquals(marginal, row.marginalReturn(), 0.03 * marginal, row.lever());
            }
        }
        assertEquals(LEVERS.size() * (Optimization.LEVELS.length + 1), outcome.response().size());
        assertTrue(outcome.comparisons().stream().allMatch(d -> d.meanDifference() > 0), "the optimum beats a fixed 1e6");
    }

    /**
     * {@code --objective npv} maximises the discounted profit column, not the profit one: a
     * problem whose profit rewards the levers 1:2:3 and whose present value rewards them 3:2:1 has
     * its npv optimum at shares 9:4:1 of 14, the mirror of the profit optimum.
     */
    @Test
    void npvMaximisesDiscountedProfitNotProfit(@TempDir Path tmp) throws IOException {
        Optimization o = new Optimization(small(), new OptimizeOutcome.Settings("npv", LEVERS, 1, List.of(), BUDGET,
                200, 3, 3, 7));
        List<String> columns = o.metrics().columns();
        int profit = columns.indexOf("cumulative_profit");
        int discounted = columns.indexOf("discounted_profit");
        int optimized = o.layout().strategies().indexOf(PlanScenario.NAME);
        double[] npvWeight = {3, 2, 1};
        Function<PointSet, RunFunction> runs = points -> key -> {
            double[] values = new double[columns.size()];
            double luck = 1 + 0.05 * (new SplittableRandom(key.replication()).nextDouble() - 0.5);
            if (key.strategy() != optimized) {
                values[profit] = 1e6 * luck;
                values[discounted] = 1e6 * luck;
                return values;
            }
            var settings = points.get(key.point()).settings();
            double budget = settings.get(LEVERS.size()).value();
            double sum = 0;
            double npv = 0;
            for (int i = 0; i < LEVERS.size(); i++) {
                double root = Math.sqrt(settings.get(i).value() * budget / BUDGET);
                sum += WEIGHT[i] * root;
                npv += npvWeight[i] * root;
            }
            double own = new SplittableRandom(31L * key.point() + key.replication()).nextGaussian() * 1e3;
            values[profit] = 1e6 * sum * luck + own;
            values[discounted] = 1e6 * npv * luck + own;
            return values;
        };
        OptimizeOutcome outcome = run(o, tmp, runs, new StopSignal());
        assertTrue(outcome.complete());
        double[] expected = {9 / 14.0, 4 / 14.0, 1 / 14.0};
        assertArrayEquals(expected, outcome.best(), 0.015, () -> java.util.Arrays.toString(outcome.best()));
    }

    @Test
    void thePilotTakesFewReplicationsWhenCandidatesDifferClearlyAndTheCapWhenNoiseHidesTheDifference(@TempDir Path tmp)
            throws IOException {
        OptimizeOutcome clear = pilot(tmp.resolve("clear"), 0);
        // No noise of the candidates' own: the difference varies only with the replication's common factor (+-2.5%).
        assertTrue(clear.pilot().sdDifference() < 0.05 * Math.abs(clear.pilot().meanDifference()), clear.pilot().toString());
        assertEquals(Optimization.PILOT, clear.replications());
        OptimizeOutcome noisy = pilot(tmp.resolve("noisy"), 1e7);
        double ratio = noisy.pilot().sdDifference() / Math.abs(noisy.pilot().meanDifference());
        assertTrue(ratio > 1, "noise far above the step's difference: " + ratio);
        assertEquals(12, noisy.replications(), "(4 sd / difference)^2 is far above the cap of 12");
    }

    private static OptimizeOutcome pilot(Path dir, double noise) throws IOException {
        Optimization o = new Optimization(small(), new OptimizeOutcome.Settings("cumulative_profit", LEVERS, 1, List.of(),
                BUDGET, 3, null, 12, 7));
        OptimizeOutcome outcome = run(o, dir, known(o, new AtomicInteger(), -1, new StopSignal(), noise), new StopSignal());
        assertEquals(Optimization.PILOT, outcome.pilot().replications());
        return outcome;
    }

    @Test
    void aStoppedOptimisationResumesToTheSameFilesWithoutRedoingRuns(@TempDir Path tmp) throws IOException {
        Optimization whole = optimization(20, 2);
        OptimizeOutcome full = run(whole, tmp.resolve("whole"), known(whole, new AtomicInteger(), -1, new StopSignal()),
                new StopSignal());
        assertTrue(full.complete());

        Optimization cut = optimization(20, 2);
        StopSignal stop = new StopSignal();
        OptimizeOutcome first = run(cut, tmp.resolve("cut"), known(cut, new AtomicInteger(), 25, stop), stop);
        assertFalse(first.complete());
        assertTrue(first.interrupted());
        Optimization resumed = optimization(20, 2);
        AtomicInteger calls = new AtomicInteger();
        OptimizeOutcome second = run(resumed, tmp.resolve("cut"), known(resumed, calls, -1, new StopSignal()), new StopSignal());
        assertTrue(second.complete());
        assertEquals(full.ran(), first.ran() + second.ran(), "no finished run is run again");
        for (String file : List.of(OptimizeFiles.TRACE_CSV, OptimizeFiles.RESPONSE_CSV, OptimizeFiles.PLAN_COMPARISON_CSV,
                OptimizeFiles.OPTIMIZE_JSON, OptimizeFiles.BEST_PLAN)) {
            assertEquals(Files.readString(tmp.resolve("whole").resolve(file)), Files.readString(tmp.resolve("cut").resolve(file)), file);
        }
    }
}
