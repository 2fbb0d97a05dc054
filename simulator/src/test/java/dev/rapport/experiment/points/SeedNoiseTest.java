package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The seed noise left in an experiment's point means, on synthetic values whose noise is known. */
class SeedNoiseTest {

    /** values[p][r] = mu_p + e_pr with mu_p ~ N(0, between^2) and e_pr ~ N(0, within^2). */
    private static double[][] synthetic(int points, int replications, double between, double within, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[points][replications];
        for (int p = 0; p < points; p++) {
            double mu = between * random.nextGaussian();
            for (int r = 0; r < replications; r++) {
                values[p][r] = mu + within * random.nextGaussian();
            }
        }
        return values;
    }

    @Test
    void theShareIsTheWithinPointVarianceOfAMeanOverTheSpreadOfTheMeans() {
        int points = 4000;
        int replications = 2;
        double between = 1;
        double within = 1;
        SeedNoise noise = SeedNoise.of(synthetic(points, replications, between, within, 11));
        // Var(point mean) = between^2 + within^2 / R; the noise part of it is within^2 / R.
        double expected = (within * within / replications) / (between * between + within * within / replications);
        // Both estimates are means of P chi-square terms: each has a relative standard error of about
        // sqrt(2 / P) (the within one sqrt(2 / (P (R - 1)))), so the ratio's is about sqrt(4 / P).
        double tolerance = 4 * expected * Math.sqrt(4.0 / points);
        assertEquals(expected, noise.share(), tolerance);
        assertEquals(2, noise.replications());
        assertTrue(noise.sentence().startsWith("seed noise is 3"), noise.sentence());
        assertTrue(noise.sentence().contains("at 2 replications a point; above 10%, raise --replications"));

        SeedNoise quiet = SeedNoise.of(synthetic(points, 5, 1, 0.1, 12));
        double expectedQuiet = (0.01 / 5) / (1 + 0.01 / 5);
        assertEquals(expectedQuiet, quiet.share(), 4 * expectedQuiet * Math.sqrt(4.0 / points));
        assertTrue(quiet.sentence().matches("seed noise is 0\\.[1-4]% of .*"), "a little noise is not written as none: "
                + quiet.sentence());
    }

    @Test
    void identicalReplicationsLeaveNoSeedNoise() {
        double[][] values = synthetic(50, 3, 1, 0, 13);
        SeedNoise noise = SeedNoise.of(values);
        assertEquals(0, noise.share(), 1e-12);
        assertTrue(noise.measured());
    }

    @Test
    void oneReplicationCannotMeasureIt() {
        SeedNoise noise = SeedNoise.of(synthetic(50, 1, 1, 1, 14));
        assertFalse(noise.measured());
        assertTrue(noise.sentence().startsWith("seed noise cannot be measured at 1 replication"), noise.sentence());
        double[][] withHoles = synthetic(50, 2, 1, 1, 15);
        withHoles[3][1] = Double.NaN;
        assertTrue(SeedNoise.of(withHoles).measured(), "a run that did not finish is left out");
    }

    @Test
    void futuresWhoseDifferenceIsWithinTwoStandardErrorsOfZeroAreTooCloseToCall() {
        int futures = 100;
        double[][] a = new double[futures][];
        double[][] b = new double[futures][];
        for (int p = 0; p < futures; p++) {
            b[p] = new double[] {5, 7, 6};
            // 30 futures where A - B is {+1, -1, 0}: mean 0; 20 where it is {0, 1, 2}: mean 1, one standard error
            // 1/sqrt(3) = 0.577, so within two; 50 where it is {1, 2, 3}: mean 2, beyond two standard errors.
            double[] d = p < 30 ? new double[] {1, -1, 0} : p < 50 ? new double[] {0, 1, 2} : new double[] {1, 2, 3};
            a[p] = new double[] {b[p][0] + d[0], b[p][1] + d[1], b[p][2] + d[2]};
        }
        assertEquals(50, SeedNoise.tooCloseToCall(a, b));
        // A tie, replication by replication, is too close to call too; a constant lead is not.
        assertEquals(1, SeedNoise.tooCloseToCall(new double[][] {{3, 3}, {4, 5}}, new double[][] {{3, 3}, {3, 4}}));
        assertEquals(-1, SeedNoise.tooCloseToCall(new double[][] {{1}}, new double[][] {{2}}), "one replication");
    }
}
