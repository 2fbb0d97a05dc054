package dev.rapport.report.results;

import java.util.Arrays;

/**
 * The values of one strategy, brand and metric: one array over ticks per replication. Replication
 * {@code r} of every strategy shares consumers and random draws, so two {@code Replicates} are
 * compared replication by replication. Read-only; arrays handed out are copies.
 */
public final class Replicates {

    private final double[][] values;
    private final int ticks;

    /** @param values one array over ticks per replication; kept, not copied */
    Replicates(double[][] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no replications");
        }
        this.values = values;
        // A run stopped early can leave replications of unequal length: use the ticks all have.
        this.ticks = Arrays.stream(values).mapToInt(v -> v.length).min().orElse(0);
    }

    /** Builds replicates from arrays, for callers outside this package (tests, tools); copies them. */
    public static Replicates of(double[]... values) {
        return new Replicates(Arrays.stream(values).map(double[]::clone).toArray(double[][]::new));
    }

    /** @return the number of replications */
    public int replications() {
        return values.length;
    }

    /** @return the number of ticks every replication has */
    public int ticks() {
        return ticks;
    }

    /** @return the value of replication {@code replication} at tick {@code tick} */
    public double value(int replication, int tick) {
        return values[replication][tick];
    }

    /** @return the values at {@code tick}, one per replication */
    public double[] atTick(int tick) {
        double[] column = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            column[r] = values[r][tick];
        }
        return column;
    }

    /** @return the mean over replications at every tick */
    public double[] meanByTick() {
        double[] mean = new double[ticks];
        for (double[] replication : values) {
            for (int t = 0; t < ticks; t++) {
                mean[t] += replication[t];
            }
        }
        for (int t = 0; t < ticks; t++) {
            mean[t] /= values.length;
        }
        return mean;
    }
}
