package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import dev.rapport.scenario.WeekRange;
import java.util.Arrays;

/**
 * The recorded values of a few metrics of the first brand over one run: the week of each recorded
 * tick and one column per metric. A {@link MetricSink}, filled by the model as it runs.
 */
final class Trajectory implements MetricSink {
    private final Metric[] metrics;
    private double[] weeks = new double[64];
    private double[][] values;
    private int size;

    Trajectory(Metric... metrics) {
        this.metrics = metrics.clone();
        this.values = new double[metrics.length][64];
    }

    @Override
    public void record(int tick, double week, int brand, double[] row) {
        if (brand != 0) {
            return;
        }
        if (size == weeks.length) {
            weeks = Arrays.copyOf(weeks, size * 2);
            for (int m = 0; m < metrics.length; m++) {
                values[m] = Arrays.copyOf(values[m], size * 2);
            }
        }
        weeks[size] = week;
        for (int m = 0; m < metrics.length; m++) {
            values[m][size] = row[metrics[m].ordinal()];
        }
        size++;
    }

    int size() {
        return size;
    }

    double week(int record) {
        return weeks[record];
    }

    /** Value of {@code metric} (one of those asked for) at a record. */
    double value(Metric metric, int record) {
        for (int m = 0; m < metrics.length; m++) {
            if (metrics[m] == metric) {
                return values[m][record];
            }
        }
        throw new IllegalArgumentException(metric + " was not recorded");
    }

    /**
     * Sum of a per-tick metric ({@link Metric#PURCHASES}, {@link Metric#REVENUE}, ...) over the
     * records whose week falls in {@code weeks}; the run must record every tick.
     */
    double sum(Metric metric, WeekRange weeks) {
        double total = 0;
        for (int r = 1; r < size; r++) {
            if (weeks.contains(this.weeks[r])) {
                total += value(metric, r);
            }
        }
        return total;
    }

    /** Value of {@code metric} at the last record (the horizon). */
    double last(Metric metric) {
        return value(metric, size - 1);
    }
}
