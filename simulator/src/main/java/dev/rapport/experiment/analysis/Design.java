package dev.rapport.experiment.analysis;

/**
 * A set of points in the closed unit hypercube [0,1]^k, in a fixed order (the design order): the
 * experiment engine maps coordinate {@code j} of each point onto factor {@code j}'s range, runs
 * each point and hands the outputs back in the same order to an estimator.
 *
 * <p>A design is a small value (its sizes and seed), not its points: {@link #points(int, int)}
 * builds them afresh and deterministically, so a design can be sent to wherever runs are computed
 * and rebuilt there, a slice at a time: an engine that streams runs, or a cluster task given a
 * range of runs, never needs all the points at once. Coordinates can be exactly 0 or 1 (grid ends, Morris levels, the first Sobol
 * point), so a mapping onto an unbounded distribution must keep those finite.
 */
public sealed interface Design permits Grid, LatinHypercube, SobolPoints, MorrisDesign, SaltelliDesign {
    /** How many factors (coordinates per point). */
    int factors();

    /** How many points (runs). */
    int size();

    /**
     * The points {@code from} (inclusive) to {@code to} (exclusive) in design order, each of
     * {@link #factors()} coordinates in [0,1]: the same as those rows of {@link #points()}.
     */
    double[][] points(int from, int to);

    /** All the points in design order: {@link #size()} rows of {@link #factors()} coordinates in [0,1]. */
    default double[][] points() {
        return points(0, size());
    }

    /** Checks a slice's bounds against a design's size. */
    static void checkSlice(int from, int to, int size) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("points " + from + " to " + to + " of a design of " + size);
        }
    }
}
