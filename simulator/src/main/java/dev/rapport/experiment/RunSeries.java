package dev.rapport.experiment;

import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import java.util.Arrays;

/**
 * The recorded series of one run (one strategy, one replication): for each recorded tick and
 * brand, one value per {@link Metric}. Small whatever the population: ticks x brands x metrics.
 */
final class RunSeries implements MetricSink {
    final int strategy;
    final int replication;
    private final int brands;
    private int[] ticks = new int[64];
    private double[] weeks = new double[64];
    private double[] values = new double[64 * Metric.values().length];
    private int records;

    RunSeries(int strategy, int replication, int brands) {
        this.strategy = strategy;
        this.replication = replication;
        this.brands = brands;
    }

    @Override
    public void record(int tick, double week, int brand, double[] row) {
        int width = Metric.values().length;
        if (records == ticks.length) {
            ticks = Arrays.copyOf(ticks, records * 2);
            weeks = Arrays.copyOf(weeks, records * 2);
            values = Arrays.copyOf(values, records * 2 * width);
        }
        ticks[records] = tick;
        weeks[records] = week;
        System.arraycopy(row, 0, values, records * width, width);
        records++;
        if (brand < 0 || brand >= brands) {
            throw new IllegalArgumentException("brand " + brand);
        }
    }

    /**
     * The series as plain numbers, to travel back from a cluster's executor: the record count, then
     * each record's tick, week and values. Every double survives the trip exactly.
     */
    double[] packed() {
        int width = Metric.values().length;
        double[] out = new double[1 + records * (2 + width)];
        out[0] = records;
        for (int r = 0; r < records; r++) {
            out[1 + r] = ticks[r];
            out[1 + records + r] = weeks[r];
        }
        System.arraycopy(values, 0, out, 1 + 2 * records, records * width);
        return out;
    }

    /** The series {@link #packed()} gave. */
    static RunSeries unpacked(int strategy, int replication, int brands, double[] packed) {
        int width = Metric.values().length;
        int records = (int) packed[0];
        if (packed.length != 1 + records * (2 + width)) {
            throw new IllegalArgumentException("a packed series of " + records + " records has " + packed.length + " numbers");
        }
        RunSeries series = new RunSeries(strategy, replication, brands);
        series.ticks = new int[Math.max(1, records)];
        series.weeks = new double[Math.max(1, records)];
        for (int r = 0; r < records; r++) {
            series.ticks[r] = (int) packed[1 + r];
            series.weeks[r] = packed[1 + records + r];
        }
        series.values = java.util.Arrays.copyOfRange(packed, 1 + 2 * records, 1 + 2 * records + Math.max(1, records) * width);
        series.records = records;
        return series;
    }

    int records() {
        return records;
    }

    int tick(int record) {
        return ticks[record];
    }

    double week(int record) {
        return weeks[record];
    }

    /** Records come in (tick, brand) order: brand of record r. */
    int brand(int record) {
        return record % brands;
    }

    double value(int record, Metric metric) {
        return values[record * Metric.values().length + metric.ordinal()];
    }

    /**
     * Fills in the incremental metrics: this run minus {@code baseline}, the baseline's run of the
     * same replication, record by record (same ticks, same brands). Incremental revenue is summed
     * from week 0, since each record's revenue covers the ticks since the one before.
     */
    void measureAgainst(RunSeries baseline) {
        if (baseline.records != records) {
            throw new IllegalStateException("the baseline recorded " + baseline.records + " rows, this run " + records);
        }
        int width = Metric.values().length;
        double[] revenue = new double[brands];
        for (int r = 0; r < records; r++) {
            for (Metric m : Metric.values()) {
                Metric source = m.baselineSource();
                if (source == null) {
                    continue;
                }
                double difference = value(r, source) - baseline.value(r, source);
                if (m == Metric.INCREMENTAL_REVENUE) {
                    revenue[brand(r)] += difference;
                    difference = revenue[brand(r)];
                }
                values[r * width + m.ordinal()] = difference;
            }
        }
    }

    /** The value at the given tick for a brand, or NaN when that tick was not recorded. */
    double valueAt(int tick, int brand, Metric metric) {
        for (int r = 0; r < records; r++) {
            if (ticks[r] == tick && brand(r) == brand) {
                return value(r, metric);
            }
        }
        return Double.NaN;
    }
}
