package dev.rapport.experiment;

import dev.rapport.model.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps, for every strategy, brand, metric and checkpoint, one value per replication: all that
 * summaries need, so memory grows with replications by a few numbers each, never with the series.
 */
final class SummaryCollector {
    private final List<String> strategies;
    private final List<String> brands;
    private final int[] checkpointTicks;
    private final double[] checkpointWeeks;
    private final int replications;
    private final double[][][][][] values; // [strategy][brand][checkpoint][metric][replication]
    private final boolean[][] seen;

    SummaryCollector(List<String> strategies, List<String> brands, int[] checkpointTicks, double[] checkpointWeeks,
                     int replications) {
        this.strategies = strategies;
        this.brands = brands;
        this.checkpointTicks = checkpointTicks;
        this.checkpointWeeks = checkpointWeeks;
        this.replications = replications;
        values = new double[strategies.size()][brands.size()][checkpointTicks.length][Metric.values().length][replications];
        seen = new boolean[strategies.size()][replications];
    }

    /** Numbers per run that {@link #extract(RunSeries)} keeps. */
    int width() {
        return brands.size() * checkpointTicks.length * Metric.values().length;
    }

    /** What summaries need of one run, flat, so that a finished replication can be saved and resumed exactly. */
    double[] extract(RunSeries run) {
        double[] flat = new double[width()];
        int i = 0;
        for (int b = 0; b < brands.size(); b++) {
            for (int c = 0; c < checkpointTicks.length; c++) {
                for (Metric m : Metric.values()) {
                    flat[i++] = run.valueAt(checkpointTicks[c], b, m);
                }
            }
        }
        return flat;
    }

    /** Adds a run's values as {@link #extract(RunSeries)} gave them. */
    void put(int strategy, int replication, double[] flat) {
        int i = 0;
        for (int b = 0; b < brands.size(); b++) {
            for (int c = 0; c < checkpointTicks.length; c++) {
                for (Metric m : Metric.values()) {
                    values[strategy][b][c][m.ordinal()][replication] = flat[i++];
                }
            }
        }
        seen[strategy][replication] = true;
    }

    Summary summarise(String objective, int focalBrand) {
        List<MetricSummary> metrics = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            for (int b = 0; b < brands.size(); b++) {
                for (Metric m : Metric.values()) {
                    for (int c = 0; c < checkpointTicks.length; c++) {
                        double[] v = completed(s, values[s][b][c][m.ordinal()]);
                        Statistics.Estimate st = Statistics.meanSdInterval(v);
                        metrics.add(new MetricSummary(strategies.get(s), brands.get(b), m.column(), checkpointWeeks[c],
                                v.length, st.mean(), st.sd(), st.ciLow(), st.ciHigh()));
                    }
                }
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        int horizon = checkpointTicks.length - 1;
        for (Metric m : Summary.comparedMetrics(objective)) {
            for (int a = 0; a < strategies.size(); a++) {
                for (int b = 0; b < strategies.size(); b++) {
                    if (a == b) {
                        continue;
                    }
                    comparisons.add(compare(m, focalBrand, horizon, a, b));
                }
            }
        }
        return new Summary(checkpointWeeks[horizon], objective, brands.get(focalBrand), metrics, comparisons);
    }

    private Comparison compare(Metric m, int brand, int checkpoint, int a, int b) {
        List<Double> diffs = new ArrayList<>();
        double wins = 0;
        for (int r = 0; r < replications; r++) {
            if (!seen[a][r] || !seen[b][r]) {
                continue;
            }
            double x = values[a][brand][checkpoint][m.ordinal()][r];
            double y = values[b][brand][checkpoint][m.ordinal()][r];
            diffs.add(x - y);
            wins += x > y ? 1 : x == y ? 0.5 : 0;
        }
        double[] d = diffs.stream().mapToDouble(Double::doubleValue).toArray();
        Statistics.Estimate st = Statistics.meanSdInterval(d);
        return new Comparison(m.column(), brands.get(brand), strategies.get(a), strategies.get(b),
                checkpointWeeks[checkpoint], d.length, st.mean(), st.ciLow(), st.ciHigh(),
                d.length == 0 ? null : wins / d.length);
    }

    private double[] completed(int strategy, double[] all) {
        int n = 0;
        for (int r = 0; r < replications; r++) {
            if (seen[strategy][r]) {
                n++;
            }
        }
        double[] out = new double[n];
        int i = 0;
        for (int r = 0; r < replications; r++) {
            if (seen[strategy][r]) {
                out[i++] = all[r];
            }
        }
        return out;
    }
}
