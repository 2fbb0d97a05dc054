package dev.rapport.experiment;

import dev.rapport.model.Metric;
import java.util.Arrays;

/**
 * What an {@link Experiment} does with a replication once all its runs are in: measures each run
 * against the baseline's (incremental metrics need the baseline of the same replication, so a
 * replication's runs are kept until it is complete; they are small), extracts every run's values,
 * saves the runs with the drawn values as results and the values of all, and notes each
 * strategy's objective for the split of uncertainty from seed noise.
 */
final class Replications {
    private final SummaryCollector collector;
    private final int perReplication;
    private final int runsPerReplication;
    /** The baseline's index among the strategies, or −1 without one. */
    private final int baseline;
    private final Metric objective;
    private final double[][] drawnObjective;
    private final double[][] centralObjective;

    /**
     * @param runsPerReplication {@code perReplication}, or twice that with uncertain values (the runs
     *                           at the medians follow the drawn ones)
     */
    Replications(SummaryCollector collector, int perReplication, int runsPerReplication, int baseline, Metric objective,
                 double[][] drawnObjective, double[][] centralObjective) {
        this.collector = collector;
        this.perReplication = perReplication;
        this.runsPerReplication = runsPerReplication;
        this.baseline = baseline;
        this.objective = objective;
        this.drawnObjective = drawnObjective;
        this.centralObjective = centralObjective;
    }

    /** Saves the complete replication's {@code runs} into {@code pending} and the collector. */
    void commit(ReplicationStore.Pending pending, int replication, RunSeries[] runs) {
        double[][] values = new double[runsPerReplication][];
        for (int group = 0; group < runsPerReplication; group += perReplication) {
            RunSeries[] same = Arrays.copyOfRange(runs, group, group + perReplication);
            for (int s = 0; s < perReplication; s++) {
                if (baseline >= 0) {
                    same[s].measureAgainst(same[baseline]);
                }
            }
            for (int s = 0; s < perReplication; s++) {
                values[group + s] = collector.extract(same, s);
            }
        }
        // Only the runs with the drawn values are the results; the median runs are kept as values alone.
        for (int s = 0; s < perReplication; s++) {
            pending.write(runs[s]);
        }
        pending.commit(values);
        boolean uncertain = runsPerReplication > perReplication;
        for (int s = 0; s < perReplication; s++) {
            collector.put(s, replication, values[s]);
            if (uncertain) {
                drawnObjective[s][replication] = collector.focalAtHorizon(values[s], objective);
                centralObjective[s][replication] = collector.focalAtHorizon(values[perReplication + s], objective);
            }
        }
    }
}
