package dev.rapport.experiment.analysis;

import java.util.Arrays;

/**
 * The Saltelli (2010) design for first-order and total Sobol indices: two matrices A and B of
 * {@code baseSamples} rows, the first and last k columns of a 2k-dimensional Sobol sequence
 * ({@link SobolPoints}, origin included), and for each factor i the matrix AB_i, which is A with
 * column i taken from B. N base samples cost N(k + 2) runs.
 *
 * <p>Points are grouped by base row: for row n, A_n, then AB_1,n ... AB_k,n, then B_n. A base row's
 * k + 2 runs are thus adjacent, which is what the bootstrap resamples and what a cluster can
 * compute as one task.
 *
 * @param baseSamples N, the rows of A and B (a power of two keeps the Sobol sequence balanced)
 */
public record SaltelliDesign(int factors, int baseSamples) implements Design {
    public SaltelliDesign {
        if (factors < 1 || 2 * factors > SobolPoints.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a Saltelli design needs 1 to " + SobolPoints.MAX_DIMENSIONS / 2
                    + " factors, not " + factors);
        }
        if (baseSamples < 2 || (long) baseSamples * (factors + 2) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a Saltelli design of " + factors + " factors cannot have "
                    + baseSamples + " base samples");
        }
    }

    /** Runs per base row: A, each AB_i and B. */
    public int runsPerRow() {
        return factors + 2;
    }

    /** The index, within a base row's runs, of the run of AB_i. */
    static int abOffset(int factor) {
        return 1 + factor;
    }

    /** The index, within a base row's runs, of the run of B. */
    int bOffset() {
        return factors + 1;
    }

    @Override
    public int size() {
        return baseSamples * runsPerRow();
    }

    /** A slice of the points, built from the base rows it touches only. */
    @Override
    public double[][] points(int from, int to) {
        Design.checkSlice(from, to, size());
        int k = factors;
        int firstRow = from / runsPerRow();
        int endRow = (to + runsPerRow() - 1) / runsPerRow();
        double[][] base = SobolPoints.of(2 * k, baseSamples).points(firstRow, endRow);
        double[][] points = new double[(endRow - firstRow) * runsPerRow()][];
        for (int n = 0; n < base.length; n++) {
            double[] a = Arrays.copyOfRange(base[n], 0, k);
            double[] b = Arrays.copyOfRange(base[n], k, 2 * k);
            int row = n * runsPerRow();
            points[row] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[row + abOffset(i)] = ab;
            }
            points[row + bOffset()] = b;
        }
        int offset = firstRow * runsPerRow();
        return Arrays.copyOfRange(points, from - offset, to - offset);
    }
}
