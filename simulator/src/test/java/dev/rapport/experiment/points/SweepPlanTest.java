package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep's points are the design's, mapped onto each parameter's range as the scenario takes it. */
class SweepPlanTest {
    private static SweepPlan plan(SweepSpec.Design design, int points, SweptParameter... parameters) {
        return SweepPlan.of(SweepTest.small(), new SweepSpec(design, points, 1, List.of(parameters)),
                List.of(parameters).stream().map(p -> Location.of("test")).toList());
    }

    @Test
    void aParameterMapsTheUnitRangeOntoItsOwnAndRoundsWholeNumbers() {
        SweepPlan.Parameter potential = new SweepPlan.Parameter("market.potential", 0.3, 0.7, 5, false);
        assertEquals(0.4, potential.at(0.25), 0.0, "0.3 + 0.1, not 0.4000000000000001");
        assertEquals(0.7, potential.at(1), 0.0);
        SweepPlan.Parameter size = new SweepPlan.Parameter("population.size", 1000, 2000, 3, true);
        assertEquals(1333, size.at(1 / 3.0), 0.0);
    }

    @Test
    void aValueTheScenarioTakesAsAWholeNumberIsRounded() {
        SweepPlan p = plan(SweepSpec.Design.SOBOL, 5, new SweptParameter("population.size", 500, 900, 3),
                new SweptParameter("market.potential", 0.1, 0.9, 3));
        assertTrue(p.parameters().get(0).whole());
        assertFalse(p.parameters().get(1).whole());
        for (Point point : p.points()) {
            double size = point.settings().get(0).value();
            assertEquals(Math.rint(size), size, 0.0, point.toString());
        }
    }

    @Test
    void sobolPointsStartAtTheOriginAndLatinHypercubesUseEveryStratumOnce() {
        SweepPlan sobol = plan(SweepSpec.Design.SOBOL, 4, new SweptParameter("market.potential", 0.2, 0.6, 3));
        // The Sobol sequence in one dimension: 0, 1/2, 3/4, 1/4 (the origin kept, as the analysis designs do).
        assertEquals(List.of("market.potential=0.2", "market.potential=0.4", "market.potential=0.5",
                "market.potential=0.3"), List.of(0, 1, 2, 3).stream().map(i -> sobol.points().get(i).overrides().get(0)).toList());

        int n = 10;
        SweepPlan lhs = plan(SweepSpec.Design.LATIN_HYPERCUBE, n, new SweptParameter("market.potential", 0.1, 0.9, 3));
        boolean[] used = new boolean[n];
        for (Point point : lhs.points()) {
            int stratum = (int) ((point.settings().get(0).value() - 0.1) / 0.8 * n);
            assertFalse(used[stratum], "stratum " + stratum + " twice");
            used[stratum] = true;
        }
    }

    @Test
    void aGridOfOneLevelSitsInTheMiddleOfTheRange() {
        SweepPlan grid = plan(SweepSpec.Design.GRID, 16, new SweptParameter("market.potential", 0.2, 0.6, 1),
                new SweptParameter("market.purchase_rate", 0.1, 0.3, 2));
        assertEquals(2, grid.points().size());
        assertEquals(List.of("market.potential=0.4", "market.purchase_rate=0.1"), grid.points().get(0).overrides());
        assertEquals(List.of("market.potential=0.4", "market.purchase_rate=0.3"), grid.points().get(1).overrides());
    }
}
