package dev.rapport.experiment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A one-at-a-time design for a tornado chart: the base point, then for each factor in turn the
 * base point with that factor at its low value and then at its high value (1 + 2k runs, in that
 * order). Values are in the factors' own units (or the unit cube, as the caller likes): nothing
 * here assumes [0,1].
 *
 * <p>It shows each factor's effect with the others at their base values only: interactions and
 * non-linearity away from the base are invisible to it (Morris and Sobol indices see them).
 */
public final class OneAtATime {
    private final double[] base;
    private final double[] low;
    private final double[] high;

    /**
     * @param base the base value of each factor
     * @param low  each factor's low value
     * @param high each factor's high value
     */
    public OneAtATime(double[] base, double[] low, double[] high) {
        if (base.length == 0 || low.length != base.length || high.length != base.length) {
            throw new IllegalArgumentException("one-at-a-time needs a base, low and high value for each factor, not "
                    + base.length + ", " + low.length + " and " + high.length + " values");
        }
        this.base = base.clone();
        this.low = low.clone();
        this.high = high.clone();
    }

    public int factors() {
        return base.length;
    }

    /** How many runs: 1 + 2k. */
    public int size() {
        return 1 + 2 * base.length;
    }

    /** The runs in order: base, then factor 0 low, factor 0 high, factor 1 low, ... */
    public double[][] points() {
        double[][] points = new double[size()][];
        points[0] = base.clone();
        for (int j = 0; j < base.length; j++) {
            points[1 + 2 * j] = base.clone();
            points[1 + 2 * j][j] = low[j];
            points[2 + 2 * j] = base.clone();
            points[2 + 2 * j][j] = high[j];
        }
        return points;
    }

    /**
     * Each factor's {@link Swing}, largest first (ties in factor order), as a tornado chart draws them.
     *
     * @param outputs one output per run, in the order of {@link #points()}
     */
    public List<Swing> swings(double[] outputs) {
        if (outputs.length != size()) {
            throw new IllegalArgumentException("one-at-a-time over " + factors() + " factors needs " + size()
                    + " outputs, not " + outputs.length);
        }
        List<Swing> swings = new ArrayList<>(base.length);
        for (int j = 0; j < base.length; j++) {
            swings.add(new Swing(j, low[j], high[j], outputs[0], outputs[1 + 2 * j], outputs[2 + 2 * j]));
        }
        swings.sort(Comparator.comparingDouble(Swing::swing).reversed());
        return swings;
    }

    @Override
    public String toString() {
        return "OneAtATime[base=" + Arrays.toString(base) + ", low=" + Arrays.toString(low) + ", high="
                + Arrays.toString(high) + "]";
    }
}
