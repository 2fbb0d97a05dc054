package dev.rapport.experiment.analysis;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first {@code size} points of the Sobol low-discrepancy sequence in {@code factors}
 * dimensions (Commons Math's {@link SobolSequenceGenerator}, Joe and Kuo direction numbers; at most
 * 1000 dimensions), after skipping {@code skip} points.
 *
 * <p>{@link #of} skips none, so the first point is the origin (every factor at its lower bound).
 * It is kept on purpose: the first 2^m points of the sequence form a net, with exactly one point
 * in each interval [i/2^m, (i+1)/2^m) of every coordinate, and dropping the first point breaks that
 * balance and slows convergence (Owen 2020, "On dropping the first Sobol' point"). Where the
 * origin is unwelcome, skip a power of two points, which keeps the balance.
 */
public record SobolPoints(int factors, int size, int skip) implements Design {
    /** The most dimensions Commons Math's direction numbers cover. */
    public static final int MAX_DIMENSIONS = 1000;

    public SobolPoints {
        if (factors < 1 || factors > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Sobol points need 1 to " + MAX_DIMENSIONS + " factors, not " + factors);
        }
        if (size < 1 || skip < 0) {
            throw new IllegalArgumentException("Sobol points need at least one point and a skip of at least 0, not "
                    + size + " points skipping " + skip);
        }
    }

    /** The first {@code size} points, origin included. */
    public static SobolPoints of(int factors, int size) {
        return new SobolPoints(factors, size, 0);
    }

    @Override
    public double[][] points(int from, int to) {
        Design.checkSlice(from, to, size);
        SobolSequenceGenerator generator = new SobolSequenceGenerator(factors);
        double[][] points = new double[to - from][];
        int start = skip + from;
        for (int i = 0; i < points.length; i++) {
            // skipTo(start) computes point number start directly (and moves past it), so a slice
            // costs its own length only.
            points[i] = i == 0 && start > 0 ? generator.skipTo(start) : generator.nextVector();
        }
        return points;
    }
}
