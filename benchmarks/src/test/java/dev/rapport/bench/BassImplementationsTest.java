package dev.rapport.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.network.Network;
import org.junit.jupiter.api.Test;

/**
 * The implementations of the MASON comparison run the same model: at weeks 5, 10 and 15 the
 * MASON agents, the plain arrays and Rapport's reduced scenario reach the same adopted share
 * within sampling noise (Rapport on two workers the very share it reaches on one), and that share lies between pure innovation (no imitation: a broken
 * contact walk) and complete mixing's closed form (a network slows imitation).
 */
class BassImplementationsTest {
    private static final int N = 20_000;
    private static final int[] WEEKS = {5, 10, 15};
    /**
     * Largest binomial standard error of an adopted share at N (at F = 1/2); ties make adoptions
     * correlated, which the factor of 5 in the tolerance allows for.
     */
    private static final double SE = Math.sqrt(0.25 / N);
    private static final double TOL = 5 * Math.sqrt(2) * SE;

    @Test
    void masonArraysAndRapportReachTheSameAdoptedShare() {
        Network network = Bass.smallWorld(N, 7);
        double[] mason = mason(network, 11);
        double[] arrays = arrays(network, 13);
        double[] rapport = rapport(1);
        // The two-worker benchmark times the same run: its share is the one-worker run's to the bit.
        assertArrayEquals(rapport, rapport(2), "Rapport on two workers against one");
        System.out.printf("weeks %s: MASON %s, arrays %s, Rapport %s, tolerance %.4f%n", java.util.Arrays.toString(WEEKS),
                java.util.Arrays.toString(mason), java.util.Arrays.toString(arrays), java.util.Arrays.toString(rapport), TOL);
        for (int w = 0; w < WEEKS.length; w++) {
            double t = WEEKS[w];
            String at = " at week " + WEEKS[w];
            assertEquals(arrays[w], mason[w], TOL, "MASON against arrays" + at);
            assertEquals(arrays[w], rapport[w], TOL, "Rapport against arrays" + at);
            double innovationOnly = 1 - Math.exp(-Bass.P * t);
            double completeMixing = (1 - Math.exp(-(Bass.P + Bass.Q) * t))
                    / (1 + Bass.Q / Bass.P * Math.exp(-(Bass.P + Bass.Q) * t));
            for (double f : new double[] {mason[w], arrays[w], rapport[w]}) {
                assertTrue(f > innovationOnly + TOL, "imitation adds adopters" + at + ": " + f + " vs " + innovationOnly);
                assertTrue(f < completeMixing + TOL, "below complete mixing" + at + ": " + f + " vs " + completeMixing);
            }
        }
    }

    private static double[] mason(Network network, long seed) {
        BassMason sim = new BassMason(network, seed);
        sim.start();
        double[] out = new double[WEEKS.length];
        int week = 0;
        for (int w = 0; w < WEEKS.length; w++) {
            while (week < WEEKS[w]) {
                sim.schedule.step(sim);
                week++;
            }
            out[w] = sim.adoptedShare();
        }
        return out;
    }

    private static double[] arrays(Network network, long seed) {
        BassArrays bass = new BassArrays(network, seed);
        double[] out = new double[WEEKS.length];
        for (int w = 0; w < WEEKS.length; w++) {
            while (bass.weeks() < WEEKS[w]) {
                bass.step();
            }
            out[w] = bass.adoptedShare();
        }
        return out;
    }

    private static double[] rapport(int workers) {
        double[] byTick = new double[Bass.WEEKS + 1];
        MarketModel model = Scenarios.model(Scenarios.bass(N), 0,
                (tick, week, brand, values) -> byTick[tick] = values[Metric.CUSTOMERS.ordinal()] / N, workers);
        model.runToHorizon();
        double[] out = new double[WEEKS.length];
        for (int w = 0; w < WEEKS.length; w++) {
            out[w] = byTick[WEEKS[w]];
        }
        return out;
    }
}
