package dev.rapport.experiment.analysis;

import java.util.Collections;
import java.util.List;

/**
 * A full factorial grid: factor {@code j} takes {@code levels.get(j)} evenly spaced values from 0
 * to 1 inclusive (a single level sits at the middle, 0.5). Points are in lexicographic order, the
 * last factor varying fastest, as nested loops over the factors would list them.
 *
 * @param levels how many values each factor takes, each at least 1
 */
public record Grid(List<Integer> levels) implements Design {
    public Grid {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one factor");
        }
        long size = 1;
        for (int level : levels) {
            if (level < 1) {
                throw new IllegalArgumentException("each factor of a grid needs at least one level, not " + level);
            }
            size *= level;
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a grid of " + levels + " levels has more than "
                        + Integer.MAX_VALUE + " points");
            }
        }
    }

    /** A grid with the same number of levels for every factor. */
    public static Grid of(int factors, int levelsPerFactor) {
        return new Grid(Collections.nCopies(factors, levelsPerFactor));
    }

    @Override
    public int factors() {
        return levels.size();
    }

    @Override
    public int size() {
        int size = 1;
        for (int level : levels) {
            size *= level;
        }
        return size;
    }

    /** The value of level {@code index} of a factor with {@code count} levels. */
    static double level(int index, int count) {
        return count == 1 ? 0.5 : (double) index / (count - 1);
    }

    @Override
    public double[][] points(int from, int to) {
        Design.checkSlice(from, to, size());
        int k = factors();
        double[][] points = new double[to - from][k];
        for (int i = 0; i < points.length; i++) {
            int rest = from + i;
            for (int j = k - 1; j >= 0; j--) {
                int count = levels.get(j);
                points[i][j] = level(rest % count, count);
                rest /= count;
            }
        }
        return points;
    }
}
