package dev.rapport.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Splits the spread of the objective across replications into the part that comes from the
 * uncertain values and the part that is seed noise. Each replication is run twice on the same
 * seeds: with its drawn values (the spread of these is the total) and with every value at its
 * median (the spread of these is seed noise alone). By the law of total variance, if seed noise
 * does not change much with the values, var_total = var_seed + var_parameters, so the share of the
 * parameters is 1 - var_seed / var_total, bounded to [0, 1] since both variances are estimates.
 * Its interval is a bootstrap over replications (pairs resampled together, percentile interval,
 * fixed seed), so it is reproducible and shows when the replications are too few to say.
 */
final class UncertaintySplit {
    /** Bootstrap resamples: enough for a stable 90-95% percentile interval, cheap beside one run. */
    static final int RESAMPLES = 2000;

    private UncertaintySplit() {
    }

    /**
     * One row per strategy, then one per pair of strategies (first minus second, in the run's order).
     *
     * @param drawn   [strategy][replication] objective with the drawn values, NaN where not run
     * @param central [strategy][replication] objective with every value at its median, NaN where not run
     */
    static List<SpreadShare> of(List<String> strategies, String metric, double[][] drawn, double[][] central,
                                double level, long seed) {
        List<SpreadShare> out = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            out.add(share(strategies.get(s), null, metric, drawn[s], central[s], level, seed));
        }
        for (int a = 0; a < strategies.size(); a++) {
            for (int b = a + 1; b < strategies.size(); b++) {
                out.add(share(strategies.get(a), strategies.get(b), metric, minus(drawn[a], drawn[b]),
                        minus(central[a], central[b]), level, seed));
            }
        }
        return out;
    }

    private static double[] minus(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int r = 0; r < d.length; r++) {
            d[r] = x[r] - y[r];
        }
        return d;
    }

    /** The split of one quantity, from the replications where both its runs finished. */
    static SpreadShare share(String strategy, String versus, String metric, double[] drawn, double[] central,
                             double level, long seed) {
        int n = 0;
        double[] x = new double[drawn.length];
        double[] c = new double[drawn.length];
        for (int r = 0; r < drawn.length; r++) {
            if (!Double.isNaN(drawn[r]) && !Double.isNaN(central[r])) {
                x[n] = drawn[r];
                c[n] = central[r];
                n++;
            }
        }
        x = Arrays.copyOf(x, n);
        c = Arrays.copyOf(c, n);
        if (n < 2) {
            return new SpreadShare(strategy, versus, metric, n, null, null, null, null, null);
        }
        double varTotal = variance(x);
        double varSeed = variance(c);
        Double share = share(varTotal, varSeed);
        Double low = null;
        Double high = null;
        if (share != null) {
            // Fixed seed: the same results give the same interval, as verify requires.
            RandomGenerator random = new MersenneTwister(seed);
            double[] shares = new double[RESAMPLES];
            double[] bx = new double[n];
            double[] bc = new double[n];
            int kept = 0;
            for (int b = 0; b < RESAMPLES; b++) {
                for (int i = 0; i < n; i++) {
                    int pick = random.nextInt(n);
                    bx[i] = x[pick];
                    bc[i] = c[pick];
                }
                Double s = share(variance(bx), variance(bc));
                if (s != null) {
                    shares[kept++] = s;
                }
            }
            if (kept > 0) {
                double[] sorted = Arrays.copyOf(shares, kept);
                Arrays.sort(sorted);
                double tail = (1 - level) / 2;
                low = sorted[(int) Math.floor(tail * (kept - 1))];
                high = sorted[(int) Math.ceil((1 - tail) * (kept - 1))];
            }
        }
        return new SpreadShare(strategy, versus, metric, n, Math.sqrt(varTotal), Math.sqrt(varSeed), share, low, high);
    }

    /** 1 - varSeed / varTotal in [0, 1], or null when nothing varies (no spread to split). */
    private static Double share(double varTotal, double varSeed) {
        if (!(varTotal > 0)) {
            return null;
        }
        return Math.max(0, Math.min(1, 1 - varSeed / varTotal));
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= v.length;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return ss / (v.length - 1);
    }
}
