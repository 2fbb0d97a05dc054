package dev.rapport.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Intervals and identification read off known profiles. */
class ProfileTest {
    private static final CalibrationPlan.Parameter RANGE = new CalibrationPlan.Parameter("x", 0, 1, 0.5, false);

    private static Profile profile(DoubleUnaryOperator loss, double estimate, double cut) {
        List<Profile.Point> grid = new ArrayList<>();
        for (int g = 0; g <= 10; g++) {
            double v = g / 10.0;
            grid.add(new Profile.Point(v, loss.applyAsDouble(v), new double[] {v}));
        }
        double best = loss.applyAsDouble(estimate);
        return Profile.of(RANGE, estimate, best, grid, best, cut);
    }

    @Test
    void aParabolaGivesTheStretchUnderTheCutInterpolatedBetweenGridValues() {
        // 1 + (x - 0.5)^2 is under 1.0225 for |x - 0.5| < 0.15.
        Profile p = profile(x -> 1 + (x - 0.5) * (x - 0.5), 0.5, 1.0225);
        assertTrue(p.identified());
        // Linear between the grid values 0.3 (1.04) and 0.4 (1.01): the crossing at 0.3583, not the exact 0.35.
        assertEquals(0.4 - 0.1 * (1.0225 - 1.01) / 0.03, p.low(), 1e-12);
        assertEquals(0.6 + 0.1 * (1.0225 - 1.01) / 0.03, p.high(), 1e-12);
    }

    @Test
    void aProfileThatStaysUnderTheCutEverywhereIsNotIdentifiedAndAOneSidedOneStopsAtTheRange() {
        Profile flat = profile(x -> 1, 0.5, 1.01);
        assertFalse(flat.identified());
        assertEquals(0, flat.low());
        assertEquals(1, flat.high());

        // Rising from the low end: bounded above, open down to the range's low.
        Profile rising = profile(x -> 1 + x, 0, 1.25);
        assertTrue(rising.identified());
        assertEquals(0, rising.low());
        assertEquals(0.25, rising.high(), 1e-12);
    }

    @Test
    void theCutIsTheLikelihoodRatioBoundPlusTheMonteCarloError() {
        List<Observation> rows = new ArrayList<>();
        for (int w = 1; w <= 20; w++) {
            rows.add(new Observation(0, dev.rapport.model.Metric.PURCHASES, w - 1, w, 10, w));
        }
        Loss loss = new Loss(new ObservedData("test", rows, List.of("acme"), false));
        assertEquals(3.841458820694124, Loss.CHI_SQUARE_95, 1e-12);
        assertEquals(2 * Math.exp(3.841458820694124 / 20) + 2 * 0.1, loss.cut(2, 0.1), 1e-12);
        double[] simulated = new double[20];
        java.util.Arrays.fill(simulated, 11);
        assertEquals(20 * 0.01, loss.of(simulated), 1e-12, "each error is 10% of the series' mean");
    }
}
