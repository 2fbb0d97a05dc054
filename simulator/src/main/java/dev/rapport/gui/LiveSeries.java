package dev.rapport.gui;

import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import java.util.ArrayList;
import java.util.List;

/**
 * What a watched run has recorded so far: for each recorded tick and brand, the value of every
 * {@link Metric}, as the model hands them to its sink: the same rows a batch run of the same
 * {@link dev.rapport.model.RunSpec} records. The model's thread appends; the charts read rows
 * from another thread, so reads and writes are synchronized.
 */
public final class LiveSeries implements MetricSink {

    /** One recorded row: a tick, its week, a brand and one value per {@link Metric} by ordinal. */
    public record Row(int tick, double week, int brand, double[] values) {
        /** The value of {@code metric} in this row. */
        public double value(Metric metric) {
            return values[metric.ordinal()];
        }
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void record(int tick, double week, int brand, double[] values) {
        rows.add(new Row(tick, week, brand, values.clone()));
    }

    /** Rows recorded so far. */
    public synchronized int size() {
        return rows.size();
    }

    /** Rows {@code from} onwards, in recording order (a copy). */
    public synchronized List<Row> since(int from) {
        return List.copyOf(rows.subList(Math.min(from, rows.size()), rows.size()));
    }

    /** Every row recorded so far, in recording order (a copy). */
    public List<Row> rows() {
        return since(0);
    }

    /** Forgets every row: a new run starts. */
    public synchronized void clear() {
        rows.clear();
    }
}
