package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The split of the spread on synthetic outcomes with a known answer: y = seed noise + effect of
 * the drawn value, where the median run has the same seed noise and no effect.
 */
class UncertaintySplitTest {
    private static final int N = 4000;

    /** Outcomes with seed noise of variance 1 and a parameter effect of variance {@code parameterVariance}. */
    private static double[][][] outcomes(double parameterVariance, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] drawn = new double[2][N];
        double[][] central = new double[2][N];
        for (int r = 0; r < N; r++) {
            double noise = gaussian(random);
            double effect = Math.sqrt(parameterVariance) * gaussian(random);
            // Strategy 0 feels the parameter; strategy 1 feels it half as much, with its own noise.
            double noise1 = gaussian(random);
            drawn[0][r] = 100 + noise + effect;
            central[0][r] = 100 + noise;
            drawn[1][r] = 50 + noise1 + effect / 2;
            central[1][r] = 50 + noise1;
        }
        return new double[][][] {drawn, central};
    }

    @Test
    void theShareIsTheParametersPartOfTheVariance() {
        double[][][] y = outcomes(3, 1);
        List<SpreadShare> shares = UncertaintySplit.of(List.of("a", "b"), "cumulative_profit", y[0], y[1], 0.95, 5);
        assertEquals(3, shares.size(), "two strategies and their difference");
        // a: 3 / (3 + 1) = 0.75.
        SpreadShare a = shares.get(0);
        assertEquals(0.75, a.shareParameters(), tolerance(0.75));
        assertTrue(a.shareLow() <= 0.75 && 0.75 <= a.shareHigh(), "interval " + a);
        assertTrue(a.shareHigh() - a.shareLow() < 0.1, "narrow with many replications: " + a);
        // b: (3/4) / (3/4 + 1) = 0.4286.
        assertEquals(0.75 / 1.75, shares.get(1).shareParameters(), tolerance(0.75 / 1.75));
        // a - b: noise variance 2, parameter effect (1/2)^2 * 3 = 0.75: 0.75 / 2.75.
        SpreadShare difference = shares.get(2);
        assertEquals("a", difference.strategy());
        assertEquals("b", difference.versus());
        assertEquals(0.75 / 2.75, difference.shareParameters(), tolerance(0.75 / 2.75));
        assertEquals(N, a.n());
        assertEquals(2, a.sdTotal(), 0.1);
        assertEquals(1, a.sdSeed(), 0.05);
    }

    @Test
    void withoutParameterEffectTheShareIsNearZeroAndNeverNegative() {
        double[][][] y = outcomes(0, 2);
        SpreadShare a = UncertaintySplit.of(List.of("a", "b"), "m", y[0], y[1], 0.95, 5).get(0);
        assertEquals(0, a.shareParameters(), 1e-12, "drawn and central runs are the same runs");
        assertTrue(a.shareLow() >= 0);
    }

    @Test
    void fewReplicationsGiveAWideIntervalFlaggedAsNoisy() {
        double[][][] y = outcomes(1, 3);
        double[][] drawn = {java.util.Arrays.copyOf(y[0][0], 5)};
        double[][] central = {java.util.Arrays.copyOf(y[1][0], 5)};
        SpreadShare a = UncertaintySplit.of(List.of("a"), "m", drawn, central, 0.95, 5).get(0);
        assertTrue(a.noisy(), a.toString());
    }

    @Test
    void unfinishedReplicationsAreLeftOutAndNoSpreadIsUnknown() {
        double[][] drawn = {{1, Double.NaN, 1, 1}};
        double[][] central = {{1, 2, 1, 1}};
        SpreadShare a = UncertaintySplit.of(List.of("a"), "m", drawn, central, 0.95, 5).get(0);
        assertEquals(3, a.n());
        assertNull(a.shareParameters(), "nothing varies: no share to tell");
    }

    /**
     * Five standard errors of the share: it is 1 - ratio of two sample variances, each with
     * relative standard error sqrt(2 / N); the log of their ratio has a variance of at most 4 / N
     * (less, as they are positively correlated), so the share's standard error is at most
     * ratio * 2 / sqrt(N).
     */
    private static double tolerance(double share) {
        return 5 * (1 - share) * 2 / Math.sqrt(N);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
