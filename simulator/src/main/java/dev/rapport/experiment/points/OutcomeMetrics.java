package dev.rapport.experiment.points;

import dev.rapport.model.Metric;
import dev.rapport.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The metrics an experiment reports per run: the focal brand's headline outcomes at the horizon
 * (profit and its net present value, customers, members, advocates, trust, NPS, share, spend, the
 * incremental ones against the baseline) and the scenario's objective, in {@link Metric} order, those that do not apply
 * ({@link Metric#notApplicable}) left out. One list for every experiment.
 *
 * <p>A run stores, for an observed metric, its value at the horizon; for an incremental metric, the
 * run's own quantity it is the difference of (its source at the horizon; revenue summed over the
 * run). {@link #derive} subtracts the baseline's, same point and replication, when the files are
 * written: no run has to wait for another.
 */
public final class OutcomeMetrics {
    private static final Set<Metric> HEADLINE = EnumSet.of(Metric.CUSTOMERS, Metric.MEMBERS, Metric.ADVOCATES,
            Metric.TRUST, Metric.NPS, Metric.CUMULATIVE_PROFIT, Metric.DISCOUNTED_PROFIT, Metric.CUMULATIVE_SPEND,
            Metric.MARKET_SHARE, Metric.INCREMENTAL_CUMULATIVE_PROFIT, Metric.INCREMENTAL_DISCOUNTED_PROFIT,
            Metric.INCREMENTAL_CUSTOMERS, Metric.INCREMENTAL_MEMBERS);

    private final List<Metric> metrics;

    private OutcomeMetrics(List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    /** The metrics reported for runs of {@code scenario}. */
    public static OutcomeMetrics of(Scenario scenario) {
        Set<Metric> wanted = EnumSet.copyOf(HEADLINE);
        wanted.add(Metric.byColumn(scenario.outputs().objective()));
        List<Metric> out = new ArrayList<>();
        for (Metric m : Metric.recorded(scenario.hasBaseline(), scenario.mechanisms())) {
            if (wanted.contains(m)) {
                out.add(m);
            }
        }
        return new OutcomeMetrics(out);
    }

    /** These metrics without the incremental ones: what runs report when no baseline runs beside them. */
    public OutcomeMetrics observed() {
        return new OutcomeMetrics(metrics.stream().filter(Metric::observed).toList());
    }

    /**
     * These metrics, only those named, in this order.
     *
     * @throws IllegalArgumentException when a name is not one of them
     */
    public OutcomeMetrics only(List<String> columns) {
        List<Metric> kept = metrics.stream().filter(m -> columns.contains(m.column())).toList();
        if (!kept.stream().map(Metric::column).toList().equals(columns)) {
            throw new IllegalArgumentException("metrics " + columns + " are not among " + columns() + " in that order");
        }
        return new OutcomeMetrics(kept);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public int size() {
        return metrics.size();
    }

    /** The names, as in the {@code metric} column. */
    public List<String> columns() {
        return metrics.stream().map(Metric::column).toList();
    }

    /**
     * What a run stores: per metric, the value at the horizon, or for an incremental metric the
     * run's own source quantity.
     *
     * @param horizon    the focal brand's row at the horizon, by {@link Metric} ordinal
     * @param revenueSum the focal brand's revenue summed over the run
     */
    double[] stored(double[] horizon, double revenueSum) {
        double[] out = new double[metrics.size()];
        for (int i = 0; i < out.length; i++) {
            Metric m = metrics.get(i);
            Metric source = m.baselineSource();
            out[i] = source == null ? horizon[m.ordinal()] : source == Metric.REVENUE ? revenueSum : horizon[source.ordinal()];
        }
        return out;
    }

    /**
     * The reported values of a run from what it stored: incremental metrics minus the baseline's
     * stored source, NaN when the baseline's run of that replication has not finished.
     *
     * @param baseline what the baseline's run at the same point and replication stored, or null
     */
    public double[] derive(double[] stored, double[] baseline) {
        double[] out = stored.clone();
        for (int i = 0; i < out.length; i++) {
            if (!metrics.get(i).observed()) {
                out[i] = baseline == null ? Double.NaN : stored[i] - baseline[i];
            }
        }
        return out;
    }
}
