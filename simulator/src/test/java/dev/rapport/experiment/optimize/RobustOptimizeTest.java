package dev.rapport.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --robust} on a problem whose three optima differ by construction. Two levers, shares x
 * (advertising) and y (value delivery), x + y at most 1; replication r's draw makes advertising pay
 * a_r = 1.5 per unit of share, except in every fifth draw, where it pays nothing; value delivery pays
 * 1 always. Profit is 1e6 (a_r x + y). The scenario's own strategies are all-advertising (spend,
 * 1e6 a_r) and all-value-delivery (invest, 1e6). Over 10 replications (two bad draws):
 * the mean, 1e6 (1.2 x + y), is best at x = 1; the 10% quantile is the bad draws' 1e6 y, best at
 * y = 1; the 90% quantile of the regret is max(1.5 - 1.5x - y, 1 - y) e6, least at x = 1/3, y = 2/3.
 */
class RobustOptimizeTest {
    private static final List<String> LEVERS = List.of("advertising", "value_delivery");
    private static final double BUDGET = 1_200_000;
    private static final int REPLICATIONS = 10;
    private static final String UNCERTAIN = "uncertain=[{path: mechanisms.advertising.persuasion_rate, distribution: uniform,"
            + " low: 0.01, high: 0.05}]";

    private static LoadedScenario scenario(String... more) {
        List<String> overrides = new java.util.ArrayList<>(List.of("population.size=600", "time.horizon_weeks=16"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(OptimizeTest.FLAGSHIP, overrides);
    }

    private static Optimization optimization(Robustness robust) {
        return new Optimization(scenario(UNCERTAIN), new OptimizeOutcome.Settings("cumulative_profit", LEVERS, 1, List.of(),
                BUDGET, 150, REPLICATIONS, REPLICATIONS, 7, robust));
    }

    private static double advertisingPays(int replication) {
        return replication % 5 == 0 ? 0 : 1.5;
    }

    private static Function<PointSet, RunFunction> known(Optimization o) {
        List<String> columns = o.metrics().columns();
        int profit = columns.indexOf("cumulative_profit");
        int incremental = columns.indexOf("incremental_cumulative_profit");
        List<String> strategies = o.layout().strategies();
        int optimized = strategies.indexOf(PlanScenario.NAME);
        int width = o.metrics().size();
        return points -> key -> {
            double[] values = new double[width];
            double a = advertisingPays(key.replication());
            String strategy = strategies.get(key.strategy());
            if (key.strategy() == optimized) {
                var settings = points.get(key.point()).settings();
                values[profit] = 1e6 * (a * settings.get(0).value() + settings.get(1).value());
            } else if (strategy.equals("spend")) {
                values[profit] = 1e6 * a;
            } else if (strategy.equals("invest")) {
                values[profit] = 1e6;
            }
            if (incremental >= 0) {
                values[incremental] = values[profit];
            }
            return values;
        };
    }

    private static double[] best(Robustness robust, Path dir) throws IOException {
        Optimization o = optimization(robust);
        OptimizeOutcome outcome = OptimizeTest.run(o, dir, known(o), new StopSignal());
        assertTrue(outcome.complete());
        return outcome.best();
    }

    @Test
    void theMeanTheWorstCaseAndTheRegretEachFindTheirOwnOptimum(@TempDir Path tmp) throws IOException {
        double[] mean = best(Robustness.MEAN, tmp.resolve("mean"));
        assertEquals(1, mean[0], 0.03, "the mean puts it all on the lever that pays more on average: " + Arrays.toString(mean));
        double[] worst = best(Robustness.WORST, tmp.resolve("worst"));
        assertEquals(1, worst[1], 0.03, "the bad draws' profit is the value lever's alone: " + Arrays.toString(worst));
        assertTrue(worst[0] < 0.03, Arrays.toString(worst));
        double[] regret = best(Robustness.REGRET, tmp.resolve("regret"));
        assertEquals(1.0 / 3, regret[0], 0.03, Arrays.toString(regret));
        assertEquals(2.0 / 3, regret[1], 0.03, Arrays.toString(regret));
    }

    @Test
    void theScoresAreTheMeanALowQuantileAndMinusAHighQuantileOfRegret() {
        double[] x = {5, 1, 4, 2, 3};
        assertEquals(3, Robustness.MEAN.score(x, null), 1e-12);
        // Order statistics 1..5 at h = 4 x 0.1 = 0.4: 1 + 0.4 (2 - 1).
        assertEquals(1.4, Robustness.WORST.score(x, null), 1e-12);
        double[] best = {5, 5, 5, 5, 5};
        // Regrets 0, 4, 1, 3, 2: at h = 3.6, 3 + 0.6 (4 - 3).
        assertEquals(-3.6, Robustness.REGRET.score(x, best), 1e-12);
    }

    @Test
    void robustIsRefusedWithoutUncertainValues() {
        OptimizeException e = assertThrows(OptimizeException.class, () -> new Optimization(scenario(),
                new OptimizeOutcome.Settings("cumulative_profit", LEVERS, 1, List.of(), BUDGET, 10, 2, 2, 7, Robustness.WORST)));
        assertTrue(e.getMessage().contains("uncertain:"), e.getMessage());
        assertThrows(OptimizeException.class, () -> Robustness.parse("best"));
    }
}
