package dev.rapport.validation;

import dev.rapport.model.Metric;
import java.util.List;

/**
 * A metric over time averaged across replications, as a share of {@code scale} (the population),
 * with the standard error of the mean at every recorded week. The replications must record the
 * same ticks, which runs of one scenario do.
 */
record Curve(double[] weeks, double[] mean, double[] se) {

    static Curve of(List<Trajectory> runs, Metric metric, double scale) {
        int points = runs.get(0).size();
        double[] weeks = new double[points];
        double[] mean = new double[points];
        double[] se = new double[points];
        double[] column = new double[runs.size()];
        for (int t = 0; t < points; t++) {
            weeks[t] = runs.get(0).week(t);
            for (int r = 0; r < runs.size(); r++) {
                column[r] = runs.get(r).value(metric, t) / scale;
            }
            Sample s = Sample.of(column);
            mean[t] = s.mean();
            se[t] = s.se();
        }
        return new Curve(weeks, mean, se);
    }

    /** Largest standard error over time. */
    double maxSe() {
        double max = 0;
        for (double s : se) {
            max = Math.max(max, s);
        }
        return max;
    }

    /** Index of the record nearest to {@code week}. */
    int indexAt(double week) {
        int best = 0;
        for (int t = 1; t < weeks.length; t++) {
            if (Math.abs(weeks[t] - week) < Math.abs(weeks[best] - week)) {
                best = t;
            }
        }
        return best;
    }
}
