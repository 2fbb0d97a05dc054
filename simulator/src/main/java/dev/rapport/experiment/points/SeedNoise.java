package dev.rapport.experiment.points;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How much of what an experiment over many points measures is seed noise, from each point's
 * values per replication (as {@link PointMeans#readRuns} reads them): the share of the spread of
 * the point means that the replications' own scatter accounts for (sensitivity), and the futures
 * where two strategies are too close to call (discover).
 *
 * @param replications the replications a point has (the most any point has)
 * @param share        (mean over points of the within-point sample variance / n) / (sample variance
 *                     of the point means); NaN when it cannot be measured (one replication, or the
 *                     point means do not vary)
 */
public record SeedNoise(int replications, double share) {
    /**
     * Replications a point gets in Morris, Sobol and discover unless {@code --replications} says
     * otherwise. With common random numbers every point plays on the same seeds, so seed noise
     * largely cancels between points and many points matter more than many replications; two is
     * the fewest that lets the noise left be measured (this class), so the user can see whether
     * to raise it.
     */
    public static final int DEFAULT_REPLICATIONS = 2;
    /** Above this share of the spread, seed noise is worth more replications. */
    public static final double WORTH_RAISING = 0.10;
    /** A paired difference within this many standard errors of zero is too close to call. */
    public static final double CLOSE_CALL_STANDARD_ERRORS = 2;

    /**
     * @param values [point][replication], NaN where a run did not finish (left out)
     */
    public static SeedNoise of(double[][] values) {
        int most = 0;
        double within = 0;
        int measured = 0;
        double[] means = new double[values.length];
        int withMeans = 0;
        for (double[] point : values) {
            double[] v = finite(point);
            most = Math.max(most, v.length);
            if (v.length == 0) {
                continue;
            }
            means[withMeans++] = mean(v);
            if (v.length >= 2) {
                within += variance(v) / v.length;
                measured++;
            }
        }
        double between = withMeans >= 2 ? variance(Arrays.copyOf(means, withMeans)) : Double.NaN;
        if (measured == 0 || !(between >= 0)) {
            return new SeedNoise(most, Double.NaN);
        }
        double noise = within / measured;
        if (noise == 0) {
            return new SeedNoise(most, 0);
        }
        return new SeedNoise(most, between == 0 ? Double.NaN : noise / between);
    }

    /** Whether the share could be measured. */
    public boolean measured() {
        return !Double.isNaN(share);
    }

    /** The line the terminal shows. */
    public String sentence() {
        if (replications < 2) {
            return "seed noise cannot be measured at 1 replication a point; give --replications 2 or more to see it";
        }
        if (!measured()) {
            return "seed noise cannot be measured: the objective does not vary across points";
        }
        // Below 1%, a decimal: "0%" would read as no noise at all.
        String percent = String.format(Locale.ROOT, share < 0.01 ? "%.1f%%" : "%.0f%%", 100 * share);
        return String.format(Locale.ROOT, "seed noise is %s of the objective's spread across points at %d "
                + "replications a point; above %.0f%%, raise --replications", percent, replications, 100 * WORTH_RAISING);
    }

    /**
     * The futures where A - B, paired replication by replication on the same seeds, is within
     * {@link #CLOSE_CALL_STANDARD_ERRORS} standard errors of zero: which of the two is better
     * there is down to the seeds, not the future.
     *
     * @param a [point][replication] of strategy A, NaN where a run did not finish
     * @param b the same of strategy B
     * @return how many futures are too close to call; -1 when no future has two paired replications
     */
    public static int tooCloseToCall(double[][] a, double[][] b) {
        boolean[] close = closeCalls(a, b);
        if (close == null) {
            return -1;
        }
        int n = 0;
        for (boolean c : close) {
            n += c ? 1 : 0;
        }
        return n;
    }

    /**
     * Which futures are too close to call, as {@link #tooCloseToCall} counts them.
     *
     * @return per future whether it is too close to call; null when no future has two paired replications
     */
    public static boolean[] closeCalls(double[][] a, double[][] b) {
        boolean[] close = new boolean[a.length];
        boolean measured = false;
        for (int p = 0; p < a.length; p++) {
            double[] d = new double[a[p].length];
            int n = 0;
            for (int r = 0; r < a[p].length; r++) {
                double diff = a[p][r] - b[p][r];
                if (!Double.isNaN(diff)) {
                    d[n++] = diff;
                }
            }
            if (n < 2) {
                continue;
            }
            measured = true;
            double[] v = Arrays.copyOf(d, n);
            double mean = mean(v);
            double standardError = Math.sqrt(variance(v) / n);
            // A tie (mean 0, no scatter) is too close to call as well.
            close[p] = Math.abs(mean) < CLOSE_CALL_STANDARD_ERRORS * standardError || mean == 0;
        }
        return measured ? close : null;
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static double mean(double[] v) {
        return StatUtils.mean(v);
    }

    /** The sample variance (n - 1). */
    private static double variance(double[] v) {
        return StatUtils.variance(v);
    }
}
