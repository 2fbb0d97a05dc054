package dev.rapport.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol indices from the outputs of a {@link SaltelliDesign}'s runs, with
 * bootstrap percentile intervals.
 *
 * <p>With f(A)_n, f(B)_n and f(AB_i)_n the outputs of base row n and V the variance of the 2N
 * outputs of A and B:
 * <ul>
 * <li>first order (Saltelli et al. 2010): S_i = (1/N) sum_n f(B)_n (f(AB_i)_n - f(A)_n) / V;</li>
 * <li>total (Jansen 1999): S_Ti = (1/(2N)) sum_n (f(A)_n - f(AB_i)_n)^2 / V.</li>
 * </ul>
 * The bootstrap draws N base rows with replacement (each row keeps its k + 2 outputs together),
 * recomputes V and the indices, and takes the percentiles of the resampled indices.
 *
 * <p>An output that does not vary (V = 0) has no variance to share out: its indices are NaN
 * ("unknown"), not a made-up 0.
 */
public final class SobolAnalysis {
    /** Bootstrap resamples unless told otherwise. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Confidence level of the intervals unless told otherwise. */
    public static final double DEFAULT_LEVEL = 0.95;

    private SobolAnalysis() {
    }

    /** The indices with {@link #DEFAULT_RESAMPLES} resamples at {@link #DEFAULT_LEVEL}. */
    public static List<SobolIndex> analyse(SaltelliDesign design, double[] outputs, long seed) {
        return analyse(design, outputs, DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }

    /**
     * Each factor's {@link SobolIndex}, in factor order.
     *
     * @param outputs   one output per point of the design, in design order
     * @param resamples bootstrap resamples (at least 1)
     * @param level     the intervals' confidence level, in (0, 1)
     * @param seed      the bootstrap's seed: the same seed gives the same intervals
     */
    public static List<SobolIndex> analyse(SaltelliDesign design, double[] outputs, int resamples, double level,
                                           long seed) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("a Saltelli design of " + design.size()
                    + " points needs as many outputs, not " + outputs.length);
        }
        if (resamples < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample and a level in (0, 1), not "
                    + resamples + " and " + level);
        }
        int k = design.factors();
        int n = design.baseSamples();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        double[] estimate = indices(design, outputs, rows);
        double[][] resampled = new double[2 * k][resamples];
        RandomGenerator random = new MersenneTwister(seed);
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            double[] again = indices(design, outputs, rows);
            for (int j = 0; j < 2 * k; j++) {
                resampled[j][b] = again[j];
            }
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double lowPercent = 100 * (1 - level) / 2;
        double highPercent = 100 * (1 + level) / 2;
        List<SobolIndex> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            IndexEstimate first = new IndexEstimate(estimate[i],
                    percentile.evaluate(resampled[i], lowPercent), percentile.evaluate(resampled[i], highPercent));
            IndexEstimate total = new IndexEstimate(estimate[k + i],
                    percentile.evaluate(resampled[k + i], lowPercent), percentile.evaluate(resampled[k + i], highPercent));
            result.add(new SobolIndex(i, first, total));
        }
        return result;
    }

    /** First-order indices then total indices (2k values) from the given base rows (repeats allowed). */
    private static double[] indices(SaltelliDesign design, double[] outputs, int[] rows) {
        int k = design.factors();
        int width = design.runsPerRow();
        int bOffset = design.bOffset();
        // Variance of the outputs of A and B, by a two-pass mean then squares (n - 1 denominator).
        double sum = 0;
        for (int row : rows) {
            sum += outputs[row * width] + outputs[row * width + bOffset];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int row : rows) {
            double a = outputs[row * width] - mean;
            double b = outputs[row * width + bOffset] - mean;
            squares += a * a + b * b;
        }
        double variance = squares / (2.0 * rows.length - 1);
        double[] result = new double[2 * k];
        for (int i = 0; i < k; i++) {
            int abOffset = SaltelliDesign.abOffset(i);
            double first = 0;
            double total = 0;
            for (int row : rows) {
                double a = outputs[row * width];
                double b = outputs[row * width + bOffset];
                double ab = outputs[row * width + abOffset];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            result[i] = first / rows.length / variance;
            result[k + i] = total / (2.0 * rows.length) / variance;
        }
        return result;
    }
}
