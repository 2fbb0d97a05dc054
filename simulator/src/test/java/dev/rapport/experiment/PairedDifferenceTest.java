package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The statistics of {@code rapport compare} against hand computations on small known sets of pairs. */
class PairedDifferenceTest {
    // a − b per pair: +1, −2, +3, +4, +5.
    private static final double[] A = {11, 18, 33, 44, 55};
    private static final double[] B = {10, 20, 30, 40, 50};

    private static PairedDifference of(double[] a, double[] b) {
        return PairedDifference.of("cumulative_profit", "acme", 156, "a", "b", a, b, 0.95);
    }

    @Test
    void meanIntervalAndPairedTTestMatchTheHandComputation() {
        PairedDifference d = of(A, B);
        // mean 11/5; squared deviations 1.44 + 17.64 + 0.64 + 3.24 + 7.84 = 30.8, variance 30.8/4 = 7.7.
        double mean = 2.2;
        double se = Math.sqrt(7.7 / 5);
        double t = mean / se;
        // Student's t with 4 degrees of freedom has a closed-form CDF:
        // F(t) = 1/2 + (3/8)·u·(1 − t²/(12(1 + t²/4))), u = t/√(1 + t²/4).
        double u = t / Math.sqrt(1 + t * t / 4);
        double cdf = 0.5 + 3.0 / 8 * u * (1 - t * t / (12 * (1 + t * t / 4)));
        assertEquals(5, d.n());
        assertEquals(mean, d.meanDifference(), 1e-12);
        assertEquals(2 * (1 - cdf), d.pairedTPValue(), 1e-12); // 0.1509
        // t(0.975, 4) = 2.776445 from the table.
        assertEquals(mean - 2.776445 * se, d.ciLow(), 1e-5);
        assertEquals(mean + 2.776445 * se, d.ciHigh(), 1e-5);
        assertEquals(2 * 2.776445 * se, d.ciWidth(), 1e-5);
    }

    @Test
    void wilcoxonIsExactForFewPairs() {
        // Ranks of |d|: 1..5; the negative difference has rank 2, so W− = 2. Of the 2^5 = 32 equally
        // likely sign patterns, those with W− ≤ 2 are {}, {1}, {2}: p = 2 · 3/32 = 0.1875.
        assertEquals(0.1875, of(A, B).wilcoxonPValue(), 1e-12);
    }

    @Test
    void wilcoxonUsesTheNormalApproximationForManyPairs() {
        int n = 25;
        double[] a = IntStream.rangeClosed(1, n).asDoubleStream().map(x -> 2 * x).toArray();
        double[] b = IntStream.rangeClosed(1, n).asDoubleStream().toArray();
        // Every difference positive: W− = 0; E[W] = n(n+1)/4 = 162.5, Var[W] = n(n+1)(2n+1)/24 = 1381.25,
        // z = (0 − 162.5 − 0.5)/√1381.25 with Commons Math's continuity correction of ½.
        double z = (0 - 162.5 - 0.5) / Math.sqrt(1381.25);
        double p = 2 * new NormalDistribution().cumulativeProbability(z); // 1.16e-5
        assertEquals(p, of(a, b).wilcoxonPValue(), 1e-15);
    }

    @Test
    void probabilityABeatsBIsTheShareOfPairsAheadWithTiesCountingHalf() {
        assertEquals(0.8, of(A, B).probabilityABeatsB(), 1e-12); // 4 of 5 ahead
        PairedDifference tied = of(new double[] {1, 3, 5, 2}, new double[] {1, 2, 4, 3});
        assertEquals((0.5 + 1 + 1 + 0) / 4, tied.probabilityABeatsB(), 1e-12);
    }

    @Test
    void identicalStrategiesHaveNoTestAndAZeroInterval() {
        PairedDifference d = of(B, B);
        assertEquals(0, d.meanDifference());
        assertEquals(0, d.ciWidth());
        assertNull(d.pairedTPValue(), "no difference to test");
        assertNull(d.wilcoxonPValue(), "no difference to test");
        assertEquals(0.5, d.probabilityABeatsB());
    }
}
