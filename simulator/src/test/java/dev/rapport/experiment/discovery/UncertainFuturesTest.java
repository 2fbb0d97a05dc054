package dev.rapport.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.analysis.FactorLimits;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.Point;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.UncertainParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery over the {@code uncertain:} section: futures are drawn from the stated distributions
 * (a Latin hypercube in probability space through each inverse distribution function), and a box
 * planted in the parameters' own units is found in those units.
 */
class UncertainFuturesTest {
    private static final Path FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml");
    private static final String UNCERTAIN = "uncertain=[{path: market.potential, distribution: normal, mean: 0.5, sd: 0.1,"
            + " low: 0.2, high: 0.8}, {path: 'brands[acme].price', distribution: triangular, low: 30, mode: 38, high: 50}]";
    private static final int POINTS = 300;

    private static LoadedScenario loaded(String... more) {
        List<String> overrides = new ArrayList<>(List.of("population.size=600"));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(Metric.names()).load(FLAGSHIP, overrides);
    }

    /** invest's objective is 1 where market.potential > 0.55 and the price < 38, else 0; every other strategy's 0.5. */
    private static RunFunction planted(SweepPlan plan) {
        PointSet points = plan.points();
        int width = plan.metrics().size();
        int invest = plan.strategies().indexOf("invest");
        return key -> {
            var settings = points.get(key.point()).settings();
            boolean inside = settings.get(0).value() > 0.55 && settings.get(1).value() < 38;
            double[] values = new double[width];
            Arrays.fill(values, key.strategy() == invest ? (inside ? 1 : 0) : 0.5);
            return values;
        };
    }

    @Test
    void futuresFollowTheStatedDistributionsAndTheBoxIsFoundInTheParametersUnits(@TempDir Path tmp) {
        LoadedScenario scenario = loaded(UNCERTAIN);
        SweepPlan plan = UncertainFutures.of(scenario, SweepSpec.Design.LATIN_HYPERCUBE, POINTS, 1);
        assertEquals("uncertain_latin_hypercube", plan.design());
        assertEquals(List.of("market.potential", "brands[acme].price"),
                plan.parameters().stream().map(SweepPlan.Parameter::path).toList());
        // A Latin hypercube in probability space puts exactly a quarter of the futures below each
        // distribution's lower quartile (one stratum each); a flat range would put 0.5 - 0.0674/0.6 = 39% of
        // the normal's there and (34.47 - 30)/20 = 22% of the triangular's.
        List<UncertainParameter> uncertain = scenario.scenario().uncertain();
        for (int d = 0; d < 2; d++) {
            double quartile = uncertain.get(d).quantile(0.25);
            int below = 0;
            for (Point p : plan.points()) {
                below += p.settings().get(d).value() < quartile ? 1 : 0;
            }
            assertEquals(POINTS / 4, below, 1, uncertain.get(d).path());
        }

        Discovery discovery = Discovery.of(plan, "invest", "spend", null, 0.8);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("out"), false);
        Discovery.Outcome outcome = discovery.run(folder, "test", new LocalExecutor(2), 2, planted(discovery.plan()),
                ProgressListener.NONE, new StopSignal());
        folder.commit();
        Discovery.Finding finding = outcome.finding();
        // P(potential > 0.55) P(price < 38) = 0.309 x 0.4 of the futures: about 37 of 300.
        assertEquals(37, finding.interesting(), 8);
        assertTrue(finding.chosen().density() >= 0.8, "density " + finding.chosen().density());
        assertTrue(finding.chosen().coverage() >= 0.8, "coverage " + finding.chosen().coverage());
        List<FactorLimits> limits = finding.chosen().limits();
        assertTrue(limits.get(0).restrictsLow(), "potential from below: " + limits.get(0));
        assertEquals(0.55, limits.get(0).low(), 0.02);
        assertTrue(limits.get(1).restrictsHigh(), "price from above: " + limits.get(1));
        assertEquals(38, limits.get(1).high(), 1);
        assertTrue(finding.sentence().contains("market.potential >= 0.5"), finding.sentence());
    }

    @Test
    void aScenarioWithoutUncertainValuesHasNoFuturesToDiscoverOver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UncertainFutures.of(loaded(), SweepSpec.Design.LATIN_HYPERCUBE, 20, 1));
        assertTrue(e.getMessage().contains("--vary"), e.getMessage());
    }
}
