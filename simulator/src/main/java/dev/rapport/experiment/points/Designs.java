package dev.rapport.experiment.points;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Where a sweep's points lie in the unit cube, one coordinate per parameter in [0, 1], before each
 * is mapped onto its parameter's range. A minimal internal set (grid, Latin hypercube, Sobol),
 * to be unified with the designs of {@code dev.rapport.experiment.analysis}.
 */
final class Designs {
    private Designs() {
    }

    /**
     * Every combination of each parameter's levels, evenly spaced from 0 to 1 (one level: 0), the
     * first parameter varying slowest.
     */
    static double[][] grid(int[] levels) {
        long count = 1;
        for (int l : levels) {
            count *= l;
        }
        double[][] out = new double[Math.toIntExact(count)][levels.length];
        for (int p = 0; p < out.length; p++) {
            int rest = p;
            for (int d = levels.length - 1; d >= 0; d--) {
                int k = rest % levels[d];
                rest /= levels[d];
                out[p][d] = levels[d] == 1 ? 0 : (double) k / (levels[d] - 1);
            }
        }
        return out;
    }

    /**
     * A Latin hypercube of {@code n} points: each coordinate's range is cut into n equal strata and
     * each stratum holds exactly one point, at a random place within it; the pairing of strata
     * across coordinates is a random permutation. Seeded, so the same seed gives the same points.
     */
    static double[][] latinHypercube(int n, int dims, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] out = new double[n][dims];
        int[] strata = new int[n];
        for (int d = 0; d < dims; d++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < n; i++) {
                out[i][d] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return out;
    }

    /**
     * The first {@code n} points of the Sobol sequence (Joe and Kuo's directions, Commons Math),
     * after its first point, the cube's corner at 0, which would put every parameter at its low.
     */
    static double[][] sobol(int n, int dims) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dims);
        generator.nextVector();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = generator.nextVector();
        }
        return out;
    }
}
