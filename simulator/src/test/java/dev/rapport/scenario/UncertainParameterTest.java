package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each distribution's draws, made as the experiment makes them (the inverse distribution function
 * of a uniform number), have the distribution's known mean and standard deviation, within
 * tolerances from the sample size: 4 standard errors of the mean (sd / sqrt(n)) and of the sd
 * (about sd * sqrt((kurtosis - 1) / (4n)), bounded here by sd * 2 / sqrt(n) for these shapes).
 */
class UncertainParameterTest {
    private static final int N = 40_000;

    static Stream<Arguments> distributions() {
        double a = 2;
        double b = 5;
        return Stream.of(
                Arguments.of(new UncertainParameter.Uniform("x", 0.002, 0.03), 0.016, 0.028 / Math.sqrt(12)),
                Arguments.of(new UncertainParameter.Normal("x", 10, 2, null, null), 10.0, 2.0),
                Arguments.of(new UncertainParameter.Lognormal("x", 0.05, 0.01, null, null), 0.05, 0.01),
                Arguments.of(new UncertainParameter.Beta("x", a, b, 0, 1), a / (a + b),
                        Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)))),
                Arguments.of(new UncertainParameter.Beta("x", a, b, 10, 20), 10 + 10 * a / (a + b),
                        10 * Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)))),
                Arguments.of(new UncertainParameter.Triangular("x", 1, 2, 6), 3.0,
                        Math.sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void drawsHaveTheDistributionsMeanAndSd(UncertainParameter p, double mean, double sd) {
        double[] x = draws(p, 20261126L);
        double m = mean(x);
        double s = sd(x, m);
        double seMean = sd / Math.sqrt(N);
        double seSd = 2 * sd / Math.sqrt(N);
        assertEquals(mean, m, 4 * seMean, "mean of " + p);
        assertEquals(sd, s, 4 * seSd, "sd of " + p);
        for (double v : x) {
            assertTrue(v >= p.supportLow() && v <= p.supportHigh(), v + " outside the support of " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void theMedianHalvesTheDraws(UncertainParameter p) {
        double median = p.median();
        long below = java.util.Arrays.stream(draws(p, 7L)).filter(v -> v < median).count();
        // Binomial(N, 1/2): sd sqrt(N)/2; 4 of them.
        assertEquals(N / 2.0, below, 4 * Math.sqrt(N) / 2);
    }

    @org.junit.jupiter.api.Test
    void aCutNormalStaysInsideItsCutAndKeepsItsShapeThere() {
        // Normal(0.5, 0.3) cut to [0, 1]: symmetric about 0.5, so mean 0.5; every draw inside.
        UncertainParameter p = new UncertainParameter.Normal("x", 0.5, 0.3, 0.0, 1.0);
        double[] x = draws(p, 11L);
        for (double v : x) {
            assertTrue(v >= 0 && v <= 1, String.valueOf(v));
        }
        double m = mean(x);
        assertEquals(0.5, m, 4 * 0.3 / Math.sqrt(N));
        // The cut removes the tails: the sd is below the uncut 0.3 (about 0.23 for this cut).
        double s = sd(x, m);
        assertTrue(s < 0.26 && s > 0.2, "sd " + s);
        assertEquals(0.5, p.median(), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void theSameUniformNumberGivesTheSameValue() {
        UncertainParameter p = new UncertainParameter.Beta("x", 2, 3, 0, 1);
        assertEquals(p.quantile(0.3), p.quantile(0.3));
        assertTrue(p.quantile(0.2) < p.quantile(0.3), "the inverse distribution function increases");
    }

    private static double[] draws(UncertainParameter p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = p.quantile((random.nextLong() >>> 11) * 0x1.0p-53 + 0x1.0p-54);
        }
        return x;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
