package dev.rapport.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorrisAnalysisTest {
    /** y = 10 x0 + 5 x1 + x2 + 0 x3 + 4 x4 x5: linear factors of known weight and an interacting pair. */
    private static double testFunction(double[] x) {
        return 10 * x[0] + 5 * x[1] + x[2] + 0 * x[3] + 4 * x[4] * x[5];
    }

    @Test
    void eachTrajectoryMovesEveryFactorOnceByDeltaOnTheGrid() {
        MorrisDesign design = new MorrisDesign(5, 10, 4, 3);
        double[][] points = design.points();
        assertEquals(2.0 / 3, design.delta(), 1e-15);
        assertEquals(10 * 6, points.length);
        for (int t = 0; t < 10; t++) {
            boolean[] moved = new boolean[5];
            for (int step = 0; step < 5; step++) {
                double[] before = points[t * 6 + step];
                double[] after = points[t * 6 + step + 1];
                int changes = 0;
                for (int j = 0; j < 5; j++) {
                    if (before[j] != after[j]) {
                        changes++;
                        moved[j] = true;
                        assertEquals(design.delta(), Math.abs(after[j] - before[j]), 1e-12);
                    }
                }
                assertEquals(1, changes, "one factor per step");
            }
            for (boolean m : moved) {
                assertTrue(m, "every factor moves in each trajectory");
            }
            for (double value : points[t * 6]) {
                double level = value * 3;
                assertEquals(Math.round(level), level, 1e-12, "points lie on the 4-level grid");
            }
        }
        assertArrayEquals(points, new MorrisDesign(5, 10, 4, 3).points(), "the same seed gives the same design");
    }

    @Test
    void muStarRanksFactorsByImportanceAndSigmaFlagsTheInteraction() {
        MorrisDesign design = new MorrisDesign(6, 20, 4, 2024);
        double[][] points = design.points();
        double[] outputs = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            outputs[i] = testFunction(points[i]);
        }
        List<ElementaryEffects> effects = MorrisAnalysis.analyse(design, outputs);
        // A linear factor's every elementary effect is its coefficient: mu* is exact, sigma is 0.
        double[] coefficients = {10, 5, 1, 0};
        for (int j = 0; j < 4; j++) {
            assertEquals(coefficients[j], effects.get(j).muStar(), 1e-9);
            assertEquals(coefficients[j], effects.get(j).mu(), 1e-9);
            assertEquals(0, effects.get(j).sigma(), 1e-9, "a linear factor's effects do not vary");
        }
        // x4's effect is 4 x5 and x5 takes the levels 0, 1/3, 2/3, 1: mu* between 0 and 4, and sigma well above 0.
        for (int j = 4; j < 6; j++) {
            assertTrue(effects.get(j).muStar() > 1 && effects.get(j).muStar() < 3, "mu* of " + j);
            assertTrue(effects.get(j).sigma() > 0.5, "an interacting factor's effects vary: sigma " + effects.get(j).sigma());
        }
        List<Integer> order = MorrisAnalysis.ranked(effects).stream().map(ElementaryEffects::factor).toList();
        assertEquals(List.of(0, 1), order.subList(0, 2));
        assertEquals(List.of(2, 3), order.subList(4, 6), "then the interacting pair, then x2, then the idle x3");
    }

    @Test
    void muCancelsEffectsOfOppositeSignWhereMuStarDoesNot() {
        MorrisDesign design = new MorrisDesign(1, 40, 4, 5);
        double[][] points = design.points();
        double[] outputs = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            // A V: 0, -1/3, -1/3, 0 at the levels 0, 1/3, 2/3, 1.
            double v = points[i][0];
            outputs[i] = v < 0.5 ? -v : v - 1;
        }
        ElementaryEffects effect = MorrisAnalysis.analyse(design, outputs).get(0);
        // Steps 0 <-> 2/3 give (-1/3 - 0) / (2/3) = -0.5; steps 1/3 <-> 1 give (0 + 1/3) / (2/3) = +0.5.
        assertEquals(0.5, effect.muStar(), 1e-12);
        assertTrue(Math.abs(effect.mu()) < effect.muStar());
    }
}
