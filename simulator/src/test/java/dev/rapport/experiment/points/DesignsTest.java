package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The designs place their points where their definitions say. */
class DesignsTest {
    @Test
    void aGridHasEveryCombinationOfLevelsTheFirstVaryingSlowest() {
        double[][] grid = Designs.grid(new int[] {2, 3});
        assertEquals(6, grid.length);
        assertArrayEquals(new double[] {0, 0}, grid[0]);
        assertArrayEquals(new double[] {0, 0.5}, grid[1]);
        assertArrayEquals(new double[] {0, 1}, grid[2]);
        assertArrayEquals(new double[] {1, 0}, grid[3]);
        assertArrayEquals(new double[] {1, 1}, grid[5]);
        assertArrayEquals(new double[] {0}, Designs.grid(new int[] {1})[0], "one level: the low end");
    }

    @Test
    void aLatinHypercubeHasOnePointInEachStratumOfEachParameter() {
        int n = 50;
        double[][] lhs = Designs.latinHypercube(n, 3, 7);
        for (int d = 0; d < 3; d++) {
            boolean[] used = new boolean[n];
            for (double[] p : lhs) {
                assertTrue(p[d] >= 0 && p[d] < 1);
                int stratum = (int) (p[d] * n);
                assertTrue(!used[stratum], "stratum " + stratum + " of parameter " + d + " used twice");
                used[stratum] = true;
            }
        }
        assertArrayEquals(lhs[17], Designs.latinHypercube(n, 3, 7)[17], 0.0, "the same seed, the same points");
    }

    @Test
    void sobolStartsAfterTheCornerWithTheSequencesKnownPoints() {
        double[][] sobol = Designs.sobol(3, 2);
        // The Sobol sequence in two dimensions: (0, 0), (0.5, 0.5), (0.75, 0.25), (0.25, 0.75), ...
        assertArrayEquals(new double[] {0.5, 0.5}, sobol[0], 0.0);
        assertArrayEquals(new double[] {0.75, 0.25}, sobol[1], 0.0);
        assertArrayEquals(new double[] {0.25, 0.75}, sobol[2], 0.0);
    }

    @Test
    void aParameterMapsTheUnitRangeOntoItsOwnAndRoundsWholeNumbers() {
        SweepPlan.Parameter potential = new SweepPlan.Parameter("market.potential", 0.3, 0.7, 5, false);
        assertEquals(0.4, potential.at(0.25), 0.0, "0.3 + 0.1, not 0.4000000000000001");
        assertEquals(0.7, potential.at(1), 0.0);
        SweepPlan.Parameter size = new SweepPlan.Parameter("population.size", 1000, 2000, 3, true);
        assertEquals(1333, size.at(1 / 3.0), 0.0);
    }
}
