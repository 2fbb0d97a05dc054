package dev.rapport.experiment.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube of {@code size} points: each factor's range [0,1] is cut into {@code size}
 * equal strata and every stratum holds exactly one point, placed uniformly at random within it
 * (McKay, Beckman and Conover 1979). Strata are matched across factors by independent random
 * permutations. The same seed gives the same points.
 */
public record LatinHypercube(int factors, int size, long seed) implements Design {
    public LatinHypercube {
        if (factors < 1 || size < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least one factor and one point, not "
                    + factors + " factors and " + size + " points");
        }
    }

    /** A slice of the points: the whole hypercube is drawn (strata are matched across all its points), then cut. */
    @Override
    public double[][] points(int from, int to) {
        Design.checkSlice(from, to, size);
        double[][] all = all();
        return from == 0 && to == size ? all : Arrays.copyOfRange(all, from, to);
    }

    private double[][] all() {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[size][factors];
        int[] strata = new int[size];
        for (int j = 0; j < factors; j++) {
            for (int i = 0; i < size; i++) {
                strata[i] = i;
            }
            // Fisher-Yates: a uniform permutation, so every matching of strata is equally likely.
            for (int i = size - 1; i > 0; i--) {
                int other = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[other];
                strata[other] = swap;
            }
            for (int i = 0; i < size; i++) {
                points[i][j] = (strata[i] + random.nextDouble()) / size;
            }
        }
        return points;
    }
}
