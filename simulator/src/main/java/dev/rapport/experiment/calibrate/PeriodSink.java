package dev.rapport.experiment.calibrate;

import dev.rapport.model.MetricSink;
import java.util.List;

/**
 * Reduces one run to the observed periods as it records: per observation, a flow metric summed
 * over the ticks that end after the period's start and at or before its end, a stock metric read
 * at the tick ending at its week. The run must record every tick (each record's flows cover the
 * ticks since the one before, so coarser recording would still add up, but a stock must be read
 * at its week).
 */
final class PeriodSink implements MetricSink {
    private static final double EPS = 1e-9;

    private final int[] brand;
    private final int[] metric;
    private final double[] from;
    private final double[] to;
    private final boolean[] flow;
    private final double[] values;

    PeriodSink(List<Observation> rows) {
        int n = rows.size();
        brand = new int[n];
        metric = new int[n];
        from = new double[n];
        to = new double[n];
        flow = new boolean[n];
        values = new double[n];
        for (int i = 0; i < n; i++) {
            Observation o = rows.get(i);
            brand[i] = o.brand();
            metric[i] = o.metric().ordinal();
            from[i] = o.from();
            to[i] = o.week();
            flow[i] = ObservedData.isFlow(o.metric());
        }
    }

    @Override
    public void record(int tick, double week, int b, double[] recorded) {
        for (int i = 0; i < brand.length; i++) {
            if (brand[i] != b) {
                continue;
            }
            if (flow[i]) {
                if (week > from[i] + EPS && week <= to[i] + EPS) {
                    values[i] += recorded[metric[i]];
                }
            } else if (Math.abs(week - to[i]) <= EPS) {
                values[i] = recorded[metric[i]];
            }
        }
    }

    /** The simulated value of each observation, in row order. */
    double[] values() {
        return values.clone();
    }
}
