package dev.rapport.experiment.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris trajectories (Morris 1991): {@code trajectories} random one-factor-at-a-time paths on a
 * grid of {@code levels} values per factor (0, 1/(p-1), ..., 1), each of {@code factors + 1}
 * points, in which every factor moves once, by {@link #delta()} = p / (2(p - 1)). Points are
 * listed trajectory by trajectory, so a design of r trajectories has r(k + 1) points.
 *
 * <p>Each trajectory starts from a base point whose coordinates are drawn from the levels that
 * leave room for a step up (0 to 1 - delta), moves each factor up or down (a random direction
 * per factor) in a random order of factors, as Morris' randomised matrix B* does. With an even
 * number of levels every level is equally likely to be visited. Campolongo et al.'s (2007)
 * selection of well-spread trajectories from a larger candidate set is not applied; use more
 * trajectories instead.
 *
 * @param levels p, the grid's levels per factor: even and at least 2 (4 is the usual choice)
 */
public record MorrisDesign(int factors, int trajectories, int levels, long seed) implements Design {
    public MorrisDesign {
        if (factors < 1 || trajectories < 1) {
            throw new IllegalArgumentException("a Morris design needs at least one factor and one trajectory, not "
                    + factors + " factors and " + trajectories + " trajectories");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("a Morris design needs an even number of levels (at least 2), not "
                    + levels);
        }
    }

    /** The step every factor takes: p / (2(p - 1)). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    @Override
    public int size() {
        return trajectories * (factors + 1);
    }

    /** A slice of the points: all trajectories are drawn (in turn, from one generator), then cut. */
    @Override
    public double[][] points(int from, int to) {
        Design.checkSlice(from, to, size());
        double[][] all = all();
        return from == 0 && to == size() ? all : Arrays.copyOfRange(all, from, to);
    }

    private double[][] all() {
        RandomGenerator random = new MersenneTwister(seed);
        double delta = delta();
        // Base levels 0 .. 1 - delta: the first p/2 of the p levels.
        int baseLevels = levels / 2;
        double[][] points = new double[size()][];
        int[] order = new int[factors];
        for (int t = 0; t < trajectories; t++) {
            double[] point = new double[factors];
            boolean[] up = new boolean[factors];
            for (int j = 0; j < factors; j++) {
                double base = (double) random.nextInt(baseLevels) / (levels - 1);
                up[j] = random.nextBoolean();
                point[j] = up[j] ? base : base + delta;
                order[j] = j;
            }
            for (int j = factors - 1; j > 0; j--) {
                int other = random.nextInt(j + 1);
                int swap = order[j];
                order[j] = order[other];
                order[other] = swap;
            }
            int row = t * (factors + 1);
            points[row] = point.clone();
            for (int step = 0; step < factors; step++) {
                int factor = order[step];
                point[factor] += up[factor] ? delta : -delta;
                points[row + step + 1] = point.clone();
            }
        }
        return points;
    }
}
